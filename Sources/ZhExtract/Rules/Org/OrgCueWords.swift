/// The vocabulary of names that carry no form, known from their shape and the text around
/// them (`OrgCueRecognizer`) and from what the document says of them (`DocumentPass`).
enum OrgCueWords {
  /// Industry words that end a company's short name (`莱宝高科`, `长信科技`, `禾元生物`): a
  /// name's stem before them must be no common word.
  static let industryTails: [String] = [
    "科技", "高科", "生物", "光子", "智能", "股份", "新材料", "材料", "电子", "微电子", "汽车", "环保", "电力",
    "重工", "数据", "医药", "药业", "制药", "新能源", "能源", "实业", "机器人", "半导体", "光电", "通信", "软件",
    "置业", "建工", "装备", "技术", "数能", "基因", "电气", "化工", "航空", "物流", "传媒", "影业", "食品", "乳业",
    "农业", "矿业", "钢铁", "水泥", "纺织", "光伏", "锂业", "能科", "微电", "精密", "精工", "重装", "控股",
  ]

  /// What may not follow an industry word of a name: it is then a word of its own (`科技园`,
  /// `生物医药`, `智能制造`, `电子信息`, `汽车产业`).
  static let notAfterTail = ScalarSet(
    characters: "园局厅部产业制造城谷港馆基企类领型化界圈展链项学院所站创人行员工师域板块术技性力料源能器件材医药信息网络安全服务")

  /// Stems that are no name before an industry word (beside the generic words of `OrgLexicon`).
  static let notStems: Set<String> = [
    "高新", "信息", "人工", "合成", "数字", "新型", "现代", "智慧", "绿色", "前沿", "未来", "传统", "新兴", "先进",
    "生命", "海洋", "空天", "量子", "低碳", "节能", "清洁", "再生", "核心", "关键", "创新", "自主", "民用",
    "高端", "尖端", "硬核", "黑", "高", "新", "光", "大", "小", "全", "这", "那", "本", "该", "其", "和", "与",
    "文化", "体育", "旅游", "工业", "农村", "城市", "乡村", "家庭", "个人", "公司", "企业", "集团", "医疗", "教育",
    "金融", "汽车", "电动", "电池", "储能", "氢能", "风电", "太阳能", "光学", "光电", "电子", "软件", "网络",
  ]

  /// Words after a name that say it is a company or a body: its people and its acts.
  static let rolesAfter: [String] = [
    "董事长", "创始人", "总裁", "副总裁", "首席执行官", "CEO", "董事会", "旗下", "联合创始人", "总经理",
  ]

  /// Characters that open a role rather than end a name (`集团|副|总经理`).
  static let rolePrefixes = ScalarSet(characters: "副总常执首名")

  /// Words after a list of names that say they are companies (`A、B、C等企业`, `3家企业`).
  static let listEnders: [String] = [
    "等企业", "等公司", "等一批", "等多家", "等多只", "等头部", "等龙头", "等重点企业", "等知名企业", "等单位",
    "家企业", "家公司", "等品牌", "等上市公司",
  ]

  /// Openers of an abbreviation the text defines: `(以下简称“X”)`, `（下称“X”）`, `(简称X)`.
  static let definitionOpeners: [String] = ["以下简称", "下称", "简称", "以下称"]

  /// Aliases that a definition gives but that name nothing (`或“公司”`).
  static let genericAliases: Set<String> = ["公司", "本公司", "该公司", "甲方", "乙方", "丙方", "集团", "本集团", "发行人", "上市公司", "协议", "本协议", "项目", "本项目"]

  /// Function characters that make a stem a phrase, not a name (`以|大数据`, `腾飞和|科技`,
  /// `这|项|科技`): the name starts after them or there is none.
  static let phraseCharacters = ScalarSet(characters: "以和是将使向对在与及并或也而从把被用靠有无能可要这那此每各该其种项批条些之于为均仅级")

  /// Words of quantity that open no name (`多辆|汽车`, `几家|银行`).
  static let countWords = ScalarSet(characters: "多几数每某诸众第")

  /// Industry words that after a known name are its data or its know-how (`央行数据显示`).
  static let dataTails: Set<[UInt32]> = [Array("数据".unicodeScalars.map(\.value)), Array("技术".unicodeScalars.map(\.value))]

  /// Division suffixes: a stem never starts with one (the place before it lacks it).
  static let divisionSuffixes = ScalarSet(characters: "省市县区镇乡村州旗盟")

  /// A medium's credit: `来源：X`, the first name after it (`来源:某某网 作者:…`).
  static let sourceWords: [String] = ["来源", "稿源", "转自"]
  /// Words that end the medium's name in a credit.
  static let creditEnds: [String] = ["作者", "编辑", "记者", "发布", "时间", "日期", "参与", "责任编辑", "原标题", "通讯员"]
  /// After a medium's name at a line's start: its dateline (`某某信息港讯(`).
  static let newsflash = "讯"
  /// Openings of the paper's own dateline (`本报讯`, `本报北京电`): no name.
  static let ownMedia: Set<String> = ["本报", "该报", "本台", "该台", "本刊", "该刊", "本网", "该网", "我台", "我报", "本站"]

  /// Conjunctions before a name in a list (`某某科技和某某生物`): a name opens after them.
  static let conjunctions = ScalarSet(characters: "和与及或同跟")
}
