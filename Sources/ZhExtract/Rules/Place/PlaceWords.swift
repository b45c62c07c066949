/// The words around place names that the place rules read.
enum PlaceWords {
  /// Words after a joint abbreviation that show it names several places
  /// (`中美两国`, `港澳同胞`, `中俄关系`, `京津冀地区`).
  static let jointFollowers = """
    两国 三国 四国 两军 双方 三方 双边 多边 关系 友好 合作 建交 经贸 贸易 首脑 高层 会谈 会晤 战略 之间 间 \
    两地 三地 边境 联合 和约 谈判 同胞 地区 首都 外长 领导人 元首 政府 人民 两党 协议 联络 交往 人士 青年 \
    企业 航线 班列 公报 声明 峰会 论坛 对话 磋商 友谊 交流 冲突 争端 战争 矛盾 分歧 之争 一体化 协同 地方 \
    两个 三个 加强 和平 在 就 之 友 等 、 邦交 第
    """.split(separator: " ").map(String.init)

  /// Words after a pair of Chinese division abbreviations that show it names several places
  /// (`杭衢合作` has 合作 above; `深哈对口合作`, `闽宁协作`, `宁马城际铁路`).
  static let divisionJointFollowers = """
    对口 协作 结对 帮扶 扶贫 共建 共振兴 毗邻 两市 两省 两省区 两区 三省 三市 山海协作 产业 籍 \
    城际 高铁 高速 铁路 公路
    """.split(separator: " ").map(String.init)

  /// Verbs before a single abbreviation that make it a place (`访华`, `驻美`, `在京`, `离港`).
  static let abbreviationVerbs = "访来驻赴离抵旅援侵返回在对"
  /// The abbreviations those verbs may take.
  static let verbAbbreviations = "华美京日俄英法德韩港澳台沪"
  /// Abbreviations that name a side in talks before 方 (`中方`, `美方`).
  static let sideAbbreviations = "中美俄日英法德韩朝巴以印"
  /// Characters before `X方` that make a word of it (`其中方`, `集中方`).
  static let notSidePredecessors = "其集空居折正当"

  /// Characters that join the names of a list (`青浦、吴江和嘉善`).
  static let listMarks = "、和与及"

  /// Suffixes that let a township name stand alone.
  static let townshipSuffixes = ["街道", "镇", "乡"]

  /// Pairs of abbreviations that are words (`美德`, `中华`, `中巴` a minibus): joint places
  /// only before a word of relations (`中巴两国`).
  static let jointWords = "中华 美德 中巴 非法 华美 中意 日日 美美 巴巴 台台".split(separator: " ").map(String.init)

  /// Abbreviations that only join runs of three or more (`北上广`): `北上`, `上港` are words.
  static let runOnlyAbbreviations = "北上"

  /// Abbreviations that pair without a word of relations after them (`中俄建设…`, `港台旅游`).
  static let strongAbbreviations = "中美俄日英法德韩朝印巴港澳台欧亚非"

  /// Common surnames (not those that are also prepositions: 于 向 和 与), before which two
  /// abbreviations are more likely a given name.
  static let surnames = """
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆\
    汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤尚窦席
    """

  /// Words after a country's name that make it part of another name: a currency (`印尼盾`,
  /// `挪威克朗`) or an ethnic group (`朝鲜族`, `蒙古族`).
  static let notAfterCountry = "族 盾 克朗 铢 比索 卢比 里拉 法郎 马克 卢布 兰特 第纳尔 里亚尔 林吉特 比尔"
    .split(separator: " ").map(String.init)

  /// Words that contain a place name but name no place; the scan skips them whole.
  static let notPlaces = """
    发展中国家 发展中国 新密码 南台山 合作社 亚太经合 大湾区域 大理石 长治久安 包罗万象 万象更新 车水马龙 其中国有 中山装 德比
    """.split(separator: " ").map(String.init)
}

extension PlaceWords {
  /// Words that start with an abbreviation but are no place (`美元`, `日报`, `台风`).
  static let notAbbreviationWords = """
    美元 美术 美丽 美好 美食 美容 美女 美德 美感 美景 美味 美满 美妙 美誉 日报 日期 日前 日后 日记 日子 日益 日趋 \
    日常 日夜 日均 日内 京剧 英语 英文 英雄 英勇 英才 英明 法律 法院 法官 法庭 法规 法令 法治 法制 法人 德育 \
    港口 港湾 台阶 台风 台上 台下 台词 华丽 华而 沪深 法西斯 日元 港元 港币 澳元 韩元 英镑 法郎 台币 美金
    """.split(separator: " ").map(String.init)
  /// 京 stands for Beijing after a verb (`在京`, `离京`).
  static let capital = "京".unicodeScalars.first!.value
  /// Abbreviations that name Chinese places even after a verb (`赴港`, `访台`).
  static let chineseOnly = ScalarSet(characters: "京港澳台沪")
  /// Characters after `X方` that make `方` part of another word (`方面`, `方案`, `方式`).
  static let notSideFollowers = "面式法向案针便位圆言程块形"

  /// Words a division suffix starts, so that the name before it is the short one
  /// (`北京市长` → 北京, `省委`, `县城`, `区域`).
  static let suffixWords = """
    市长 市委 市民 市场 市容 市级 市属 市直 市内 市郊 市值 市貌 省长 省委 省会 省级 省内 省外 省属 省直 \
    县长 县委 县城 县级 县内 县域 县属 县直 区长 区委 区内 区域 区级 区属 区直 区外
    """.split(separator: " ").map(String.init)
}

extension PlaceWords {
  /// District names that are generic words (`东区`, `城区`, `郊区`): places only right after
  /// their city (`攀枝花市东区`).
  static let contextOnlyNames = """
    东区 西区 南区 北区 中区 城区 郊区 矿区 老城区 新城区 市中区 市南区 市北区 城关区 城中区 城东区 城西区 城北区 河东区 河西区
    """.split(separator: " ").map(String.init)

  /// Short names of divisions that are generic words (`古城`: an old town, also 丽江's
  /// 古城区): a place only with its suffix.
  static let notShortNames = ["古城"]

  /// Words after a place that make a geographic feature named after it (`东京湾`, `渥太华河`,
  /// `香港岛`): the whole span is a region.
  static let featureSuffixes = "半岛 海峡 山脉 峡谷 河 江 湖 湾 岛 山".split(separator: " ").map(String.init)

  /// Characters that end the name between a place and a zone word (`梅州预制菜产业园` is one
  /// zone, `梅州建设产业园` is not): verbs, function words, measure words; 场 of a facility (广场).
  static let notInZoneName = "建设在的和与及等将把被为有是了打造投资发展个一两新共同要已正从到向对由让使举召全场"

  /// Words after a place (or a joint abbreviation) that make a named zone of it
  /// (`梅州高新区`, `深哈产业园`): the whole span is the zone.
  static let zoneSuffixes = """
    高新技术产业开发区 经济技术开发区 综合保税区 自由贸易试验区 高新区 经开区 开发区 工业园区 产业园区 \
    产业园 工业园 科技园 保税区 自贸区 示范区 合作区 试验区 合作园区 合作园 综保区 经济区 先行区 \
    新区 新城区 新城 科技城 科创城 生态城 海创园 经济园区
    """.split(separator: " ").map(String.init)

  /// Seas that name a zone before a zone word (`威海南海新区`, `沧州渤海新区`); after any
  /// other sea or a continent the zone word names a building (`大西洋新城`).
  static let seasBeforeZones = "南海 东海 黄海 渤海".split(separator: " ").map(String.init)

  /// Industry words that end a company's short name (`宝能经贸`): a stem of a name of two
  /// characters that is no word and one of them, before a zone word, names the company's
  /// project and not a zone (`深圳宝能经贸科技城` → 深圳).
  static let companyStemTails = "经贸 科技 实业 控股 置业 集团 地产 股份".split(separator: " ").map(String.init)

  /// Words after abbreviations written as a list (`津、杭两市`, `中、阿建交`) that make each
  /// of them a place: a count of places or sides, or a word of relations between states.
  static let listedJointFollowers = """
    两市 三市 两省 三省 两区 两县 两国 三国 四国 五国 两地 三地 双方 三方 四方 建交 两军 两党 首脑 外长
    """.split(separator: " ").map(String.init)
  /// Direction characters that a listed joint never holds (`东、西两地`).
  static let notListedAbbreviations = "东西南北"

  /// Zone words after a joint abbreviation only (`深哈园区`): after one place, `园区` is the
  /// generic noun.
  static let jointZoneSuffixes = ["园区"]
  /// Words after a zone's place that name a part of the zone (`…自贸试验区开封片区`).
  static let zonePartSuffixes = ["片区"]
  /// Dashes that join two partners before a zone word (`中国—东盟产业合作区`, `中国·印尼…`).
  static let zoneDashes = "—–-·・"
  /// Partners of a zone joined by a dash that are no places (`中国—东盟…合作区`).
  static let zonePartners = "东盟 欧盟 非盟 阿盟 上合".split(separator: " ").map(String.init)

  /// Words after a named region that are part of its name (`长三角地区`, `华中地区`).
  static let regionSuffixes = ["地区"]
  /// The regions that take `regionSuffixes` into their name: China's regions, economic
  /// regions and parts of provinces (`东北地区`, `京津冀地区`, `苏南地区`). A world region
  /// stays apart from the word (`亚太` + 地区, `中东` + 地区).
  static let regionsWithSuffix = """
    华北 华东 华南 华中 华西 东北 西北 西南 中原 江南 岭南 三北 粤港澳大湾区 长江三角洲 珠江三角洲 京津冀 \
    成渝地区双城经济圈 环渤海 北部湾 海峡西岸 苏南 苏北 苏中 皖南 皖北 浙东 浙南 浙西南 粤东 粤西 粤北 粤东西北 \
    粤东北 闽南 闽西 赣南 湘西 鄂西 陕北 陕南 关中 豫东 鲁西南 川西 中央苏区
    """.split(separator: " ").map(String.init)
}
