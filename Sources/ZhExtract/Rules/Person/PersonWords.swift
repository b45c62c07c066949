/// The vocabulary of Chinese personal names: surnames, the characters of given names, and the
/// words around a name that show it is one (`总理李鹏`, `王明元说`). Written by hand.
enum PersonWords {
  /// Single-character surnames, the commonest few hundred.
  static let surnames = """
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁\
    任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴\
    莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅\
    童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项\
    连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖\
    巩佘池查麻苑迟邝封匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘闻厉伊仝郜阚权帅屠豆朴盖练廉\
    禹井祖漆巴丰支卿狄计索宣晋相初门容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸\
    战慕危银亢嵇湛宾戎勾茅於揭尉冶束檀衣展阴昝智幸奉植衡富尧闭
    """.filter { !$0.isWhitespace }

  /// Two-character surnames.
  static let compoundSurnames = """
    欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 钟离 西门 南宫 独孤 \
    呼延 百里 东郭 万俟 申屠 澹台 公羊 赫连 拓跋 太史 司空 闻人 漆雕
    """.split(separator: " ").map(String.init)

  /// Japanese family names of two characters, as Chinese text writes them (`桥本龙太郎`); the
  /// given name after one may have three characters.
  static let japaneseSurnames = """
    田中 山本 中村 小林 加藤 吉田 山田 佐藤 铃木 高桥 渡边 伊藤 松本 井上 木村 清水 山口 池田 桥本 阿部 \
    石川 山崎 中岛 前田 藤田 小川 后藤 冈田 村上 近藤 石井 坂本 远藤 青木 藤井 西村 福田 太田 三浦 藤原 \
    冈本 松田 中川 中野 原田 小野 田村 竹内 金子 和田 中山 石田 上田 森田 柴田 酒井 工藤 横山 宫崎 宫本 \
    内田 高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 增田 小山 大冢 平野 菅原 久保 松井 \
    千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井 渡部 山下 小泽 细川 村山 宫泽 羽田 海部 竹下 小渊 安倍 \
    麻生 鸠山 野田 岸田 石破 久间 樱内 根本 河野 二阶 茂木 甘利 町村 小泉 森本 堀江 川口 丰田 本田 黑泽 \
    宫崎 北野 浅田 福原 石原 小和 东乡 山崎 土井 冈崎 西田 市川 荒木 星野 秋山 长谷 今村 稻盛 松下 盛田
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  /// Characters common in given names.
  static let givenCharacters = """
    伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂玉兰萍红华文建国志海峰辉鹏斌宇浩凯健俊帆帅旭宁龙林\
    彬飞鑫波宏亮成春金云东新利清民永生荣昌庆福祥德光才发山江河松柏梅菊莲凤燕琴珍珠翠彩美婷雪颖晶慧佳欣\
    怡雅倩蕾琳瑶璐露莉薇蓉淑惠贤梦晓小天中正世立长家宝贵顺安振兴忠义礼仁智勤朝阳晨昊博睿哲思远\
    航泽鸿嘉瑞楠子一学友胜伦彪武威雄虎豪坚毅锋锐铭鸣钧铁钢石岩岭川溪泉源渊澜浪潮洪润澄沛洁冰寒冬秋夏\
    晴曦霖雨霜菲芝蕙萱苗芬芸茜荷蓓蔚萌琪瑾璇琼瑛瑜环珊玲珏媛娇娥婉嫣姗妮姝娅凡谦诚良善恒坤乾弘宪宣宙\
    守定宜宾宽富寿康乐喜欢悦恩怀念慈爱敬政治理群全力功勋业启兆耀灿炎焱煜烨熙然照亚西南北京津湘粤闽\
    豫鲁冀辽吉滨洲岛彦章璋杉森桐梓楷模树根枝叶栋梁材杨柳枫培基均城堂垣增墨圣尚崇嵩巍峻岳嵘卫兵战捷旋\
    征彤丹青紫绿蓝黛碧素纯粹精聪达通畅泰丰盛茂隆旺裕禄吉贺誉若如士君公伯仲叔季孟元亨贞\
    晋景曜暄晗昕晖昭显晟旻昀晏时月星辰宸逸迪运连进遥道迎近邦郁鹤鹰凤鸾麟骏驰骐驹虎豹蛟蝶\
    宗祖存廷庭玺琦琛珍瑞璞钰铮镇镭锦键钊铎銮冠军雷霆霄震霏霓云岚峡嶂巧莹萤荧灵玄\
    素贻怡恬愉慎恺悟惟愈慰懋宁容寅实宏宪守宗宇宫宸寰奇奎奕夫太央如妙娴媚婧婕嫦嬿孜学孝季孺鑫炳炜烽\
    焕煌熠燊爽犇珂琰琬瑄瑗璋璟瓒甫田男画畅登白百皓皎益盈真睿矗知硕碧磊祺禄福禧秀秋程稳穗立竞竹笑\
    笛筠箐篆米粲纪纬维绍统继绪续罡翔翠翰翼耀耕聚肖胜能臻致舜舟艺芃芊芒芮花芳苇若茂茗茵荃莎莺菁萍\
    萧葆蒙蓉蔼蕴薇藻虹蛟蜀融衍衡袁裕西观言誉语谊谋谨谷豪贤贺资赐赞超越跃路轩载辉辛辰迅迈逊通造遵\
    邓郎酉醒钦锡锟闯闻阔阳阶际陵隽雁雍雯霞露靖静非韦韬韵顺颂领颜风飒飙飚香馨驰骥高魁鲲鲸鸥黎鼎齐\
    来其楚工克行万年承卿权映汉心敦龄希里广剑起廉汝烈水秉隐久书柱保幼伊印孚凌初佑述传佩修殿辅录干丙\
    端延觉训毓标格芹令应科妍诗尧宰积俭厚椿棠苍确泳蕊机琨仪品棣农典舸声琢祝介儒卓术漪育扬巨纲琏臣钟尊
    """.filter { !$0.isWhitespace }

  /// Words right after a name that show it is one: speech verbs, titles, forms of address.
  static let cuesAfter = """
    说 表示 指出 强调 认为 介绍 告诉 透露 宣布 称 谈到 回忆 坦言 感慨 解释 提出 建议 呼吁 希望 要求 \
    同志 先生 女士 小姐 老师 师傅 教授 副教授 研究员 院士 博士 书记 副书记 主席 副主席 总理 副总理 部长 副部长 \
    省长 副省长 市长 副市长 县长 副县长 区长 镇长 乡长 村长 局长 厅长 处长 科长 所长 院长 副院长 校长 主任 副主任 \
    委员长 委员 总统 副总统 首相 总书记 大使 代表 记者 经理 总经理 董事长 厂长 队长 教练 主编 编辑 \
    一行 夫妇 等人 等同志 会见 会晤 主持 出席 致辞 讲话 发表 率领 率团 签署 接见 考察 视察 看望 慰问 \
    陪同 参加 参观 访问 出任 现任 担任 当选 荣获 获得 曾任 今天 昨天 近日 日前 在会上 的讲话 的报告 的文章 \
    摄 报道 （女） (女) 则说 也说 还说 笑着说 理论 思想 主义 诞辰 逝世 生前 故居 纪念馆 同志的 先生的 \
    总裁 副总裁 中将 少将 上将 将军 主演 导演 编剧 作词 作曲 获悉 得知 听说 带领 创办 来到 回到 二人 三人 \
    实习生 通讯员 发自 （化名） (化名) 诉称 提到 坦承 负责 外长 外交大臣 大臣 国务卿 司长 领袖 夫人 \
    曾经指出 一家 老汉 老人 大爷 大妈 九段 八段 七段 六段 五段 四段 三段 二段 初段 执导 饰演 扮演 出演 \
    复出 伤愈 去世 病逝 大夫 破门 进球 献唱 登场 透露
    """.split(separator: " ").map(String.init)

  /// Words right before a name that show it is one: titles, roles, bylines, kin.
  static let cuesBefore = """
    记者 通讯员 摄影 作者 主编 编辑 主席 副主席 总理 副总理 书记 副书记 总书记 部长 副部长 省长 副省长 \
    市长 副市长 县长 区长 镇长 村长 委员长 总统 副总统 首相 主任 副主任 教授 院长 校长 局长 厅长 处长 \
    董事长 总经理 经理 厂长 队长 教练 大使 代表 委员 发言人 负责人 选手 运动员 演员 歌手 导演 画家 作家 \
    诗人 专家 学者 工程师 医生 护士 律师 法官 检察官 警官 民警 农民 工人 战士 烈士 英雄 模范 村民 居民 \
    老汉 大爷 大妈 老人 小伙子 姑娘 儿子 女儿 妻子 丈夫 父亲 母亲 爷爷 奶奶 同学 师生 老师 先生 女士 \
    会见了 接见了 采访了 看望了 会见 接见 采访 看望 慰问 陪同 悼念 纪念 司机 理事长 外长 助理 秘书长 会长 \
    社长 站长 台长 行长 总裁 总监 主任委员 政委 司令员 军长 师长 团长 营长 连长 排长 班长 叫 名叫 像 \
    主持人 播音员 厂主 老板 店主 户主 队员 球员 棋手 冠军 亚军 得主 实习生 设计师 彩民 员工 调解员 网友 \
    市民 学生 研究生 大学生 志愿者 嫌疑人 被告人 原告 被告 当事人 司长 外交大臣 大臣 国务卿 领袖 \
    大法官 检察长 审计长 署长 议员 参议员 众议员 州长 前锋 后卫 中锋 门将 守门员 裁判 主裁 女队 男队 \
    声乐家 歌唱家 艺术家 书法家 科学家 企业家 教育家 政治家 军事家 文学家 思想家 革命家 理论家 评论家 \
    师从 遭到 夫人 老总 书记 核心 创始人 联合创始人 合伙人 首席执行官 董事 监事 总监 主管 分析师 研究员 \
    主帅 主教练 队长 门将 射手 新秀 老将 名将 球星 影星 歌星 明星 艺人 模特 画家 导演 制片人 编剧 \
    法定代表人 负责人 总工程师 副总工程师 秘书 常务副市长 常务副县长 党组书记 副总经理 副董事长 副总裁 \
    参谋长 建筑师 解说员 职工 饰演 扮演 国脚 名帅 岁的 岁老人
    """.split(separator: " ").map(String.init)

  /// People so often named in the news that no cue is needed: leaders of China and the world,
  /// and figures of history and letters. Written by hand.
  static let wellKnown = """
    毛泽东 周恩来 刘少奇 朱德 邓小平 陈云 任弼时 董必武 彭德怀 贺龙 陈毅 叶剑英 聂荣臻 徐向前 刘伯承 罗荣桓 \
    林伯渠 宋庆龄 孙中山 蔡元培 鲁迅 郭沫若 茅盾 巴金 老舍 冰心 胡适 李大钊 陈独秀 瞿秋白 方志敏 \
    江泽民 李鹏 朱镕基 乔石 李瑞环 胡锦涛 温家宝 吴邦国 贾庆林 曾庆红 李长春 罗干 黄菊 吴官正 尉健行 \
    李岚清 钱其琛 迟浩田 张万年 刘华清 荣毅仁 姜春云 丁关根 田纪云 杨尚昆 李先念 彭真 邓颖超 \
    习近平 李克强 张德江 俞正声 刘云山 王岐山 张高丽 栗战书 王沪宁 赵乐际 韩正 李强 蔡奇 丁薛祥 \
    李希 董建华 曾荫权 梁振英 林郑月娥 何厚铧 崔世安 贺一诚 李家超 \
    鲍伯狄伦 鲍勃·迪伦 克林顿 叶利钦 布什 奥巴马 特朗普 拜登 普京 梅德韦杰夫 默克尔 希拉克 萨科齐 奥朗德 马克龙 布莱尔 \
    卡梅伦 撒切尔 施罗德 安南 潘基文 古特雷斯 阿拉法特 曼德拉 戈尔巴乔夫 列宁 斯大林 马克思 恩格斯 \
    林肯 罗斯福 丘吉尔 戴高乐 甘地 尼赫鲁 金日成 金正日 卡斯特罗 萨达姆 卡扎菲 \
    孔子 孟子 庄子 荀子 墨子 韩非 秦始皇 汉武帝 唐太宗 武则天 康熙 乾隆 李白 杜甫 白居易 苏轼 \
    王安石 司马迁 诸葛亮 曹操 刘备 关羽 岳飞 文天祥 郑和 林则徐 包公 包拯 曹雪芹 王羲之 屈原 李时珍
    """.split(separator: " ").map(String.init)


  /// Characters never in a given name, though a cue stands beside them.
  static let notGiven = ScalarSet(characters: "的了是在和与及等这那也都就还又不没很更最被把让给从对个们位名年月日时分秒摄副总姓氏某")

  /// Characters that may follow a name whose start a title before it has shown: punctuation,
  /// function words and the first characters of common verbs.
  static let followers = """
    ，。、；：！？”“）（《》·—…\u{20}在说是的和与及等会向对到为将已也都于今昨近曾同率指表认强介告称回参出访主\
    致发讲作接视考看慰陪签获担任当现被把让给从以就还又再并而但却才正仍亲先首带领拿送写唱画演跑跳打则摄报\
    提谈坦笑问答讲告诉想觉知这那经挥扳拒攻调坚决完做走去坐站躺听吃喝放用买卖找0123456789０１２３４５６７８９
    """.filter { $0 != "\n" }

  /// Characters of foreign names written in Chinese (`克林顿`, `阿拉法特`, `叶利钦`).
  static let transliteration = """
    阿埃艾爱安奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁东杜多厄恩法菲费芬弗福盖甘冈戈格根古圭\
    哈海汉豪赫亨胡霍基吉加贾杰卡凯坎康考柯科克肯库拉莱赖兰朗劳勒雷蕾黎里丽利莉廉列琳留隆卢鲁路伦罗洛\
    玛迈麦曼梅门蒙米密莫默姆穆纳娜奈内尼妮涅纽努诺欧帕潘佩皮普奇齐恰乔切琼丘萨塞桑瑟森沙莎舍施什斯\
    松苏索塔泰坦汤特提图托瓦旺威韦维温沃乌西希谢辛休雅亚扬耶叶伊因尤约泽扎詹兹佐钦夫顿尔茨马林金尼思\
    季延勃任迦牟努瑞芬娃朗霍贡嘉萝洛琪薇茜黛莱南逊登岑兴坎宁文理保芭若
    """.filter { !$0.isWhitespace }

  /// Characters found almost only in transliterations: a foreign name needs one.
  static let transliterationMarks = "斯尔夫克特拉娜莎诺维奇埃茨蒂塞瑟耶兹姆勒顿钦乔蕾妮涅莫曼德思"

  /// Titles and roles before a foreign name (`总统克林顿`, `国务卿奥尔布赖特`).
  static let foreignCuesBefore = """
    总统 副总统 总理 首相 国王 女王 王子 公主 亲王 国务卿 外长 外交部长 国防部长 部长 大使 主席 秘书长 \
    议长 总书记 领导人 发言人 特使 代表 总干事 主任 教练 球星 选手 歌星 影星 演员 作家 诗人 画家 音乐家 \
    外交大臣 大臣 领袖 议员 参议员 众议员 州长 市长 将军 司令 元帅 \
    哲学家 科学家 博士 教授 先生 女士 夫人 小姐
    """.split(whereSeparator: \.isWhitespace).map(String.init)
}


extension PersonWords {
  /// Bylines and credits right before a name (`记者 雷卫华`, `编辑/王芳`, `文/图 张三`); a
  /// one-character one only with a space, colon or slash after it.
  static let bylineWords = """
    记者 本报记者 特约记者 见习记者 实习记者 首席记者 通讯员 特约通讯员 实习生 摄影 摄影记者 摄 作者 撰文 文 图 \
    编辑 责编 责任编辑 编者 编译 整理 校对 审核 审校 监制 主编 执行主编 美编 翻译 口述 记录 供稿 来稿 报道 \
    文字 图片 视频 制图 设计
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  /// Words right before a name that make it the object or agent of a verb (`没有给张捷买到`,
  /// `由李四主持`, `被王五发现`).
  static let particlesBefore = "给由同向被让跟请叫找"
  /// Words that join a name to another (`张三和李四`), or a noun to a noun.
  static let conjunctionsBefore = "和与及对把将"
  /// Function words that end the word before a name (`受伤的托雷斯`, `只有李四`).
  static let functionWordsBefore = "的了是在有也都就只"

  /// Surnames that are also prepositions or adverbs (`于`, `向`, `时`), doubtful after another Han character.
  static let prepositionSurnames = ScalarSet(characters: "于向和同从时将以为其么连")
}

extension PersonWords {
  /// Transliterated words that are no persons: brands, prizes, events, terms, landmarks, and
  /// foreign clubs and cities of sports and travel news with their short forms (`厄尔尼诺`,
  /// `摩托罗拉`, `奥斯卡`, `卢浮宫`, `米德尔斯堡`, `米德尔`). Written by hand.
  static let notPersons = """
    厄尔尼诺 拉尼娜 艾滋病 奥林匹克 奥运 奥斯卡 诺贝尔 格莱美 艾美奖 金球奖 普利策 迪斯尼 迪士尼 麦当劳 \
    肯德基 可口可乐 百事可乐 耐克 阿迪达斯 奔驰 宝马 法拉利 兰博基尼 保时捷 劳斯莱斯 宾利 玛莎拉蒂 桑塔纳 \
    劳力士 路易威登 香奈儿 古驰 普拉达 爱马仕 雀巢 星巴克 沃尔玛 家乐福 宜家 诺基亚 摩托罗拉 索尼 英特尔 \
    谷歌 亚马逊 特斯拉 波音 空客 西门子 飞利浦 米其林 卢浮宫 埃菲尔铁塔 凯旋门 切尔诺贝利 尤伯杯 汤姆斯杯 \
    戴维斯杯 苏迪曼杯 高尔夫 马拉松 哈利·波特 达芬奇密码 泰坦尼克 阿凡达 维基百科 伊斯兰 基督 佛罗伦萨 \
    米德尔斯堡 米德尔 米堡 纽卡斯尔 纽卡斯 桑德兰 朴茨茅斯 朴茨茅 布莱克本 博尔顿 富勒姆 埃弗顿 维冈 \
    斯托克城 西汉姆 阿斯顿维拉 阿森纳 切尔西 热刺 沙尔克 多特蒙德 勒沃库森 不莱梅 沃尔夫斯堡 霍芬海姆 \
    霍芬海 斯图加特 门兴 桑普多利亚 桑普多 乌迪内斯 亚特兰大 卡利亚里 巴勒莫 维拉利尔 比利亚雷亚尔 \
    桑坦德 马洛卡 奥萨苏纳 塞维利亚 瓦伦西亚 凯尔特人 格拉斯哥 埃因霍温 阿贾克斯 费耶诺德 波尔图 本菲卡 \
    拉斯维加斯 圣莫尼卡 威廉斯堡 瓦拉纳西 吴哥 唐宁街 好莱坞 百老汇 华尔街 硅谷
    """.split(whereSeparator: \.isWhitespace).map(String.init)
}

extension PersonWords {
  /// Speech verbs after a name in Latin letters (`Icefrog表示`): two characters, as `说` also ends words (`iPhone说话`).
  static let speechVerbs = "表示 指出 认为 介绍 透露 坦言 强调 告诉 回忆 曾说 说道".split(separator: " ").map(String.init)
}
