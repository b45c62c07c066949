/// The words of organization names, as data: the forms that end a name, the department stems
/// that make a form of a one-character suffix, and what ends a name on its left.
///
/// A Chinese organization's name is built as [place chain] + name + [industry] + form
/// (深圳 | 微品致远 | 信息科技 | 有限公司); the recognizer finds a form, then walks left to the
/// start of the name.
enum OrgWords {
  typealias Kind = OrganizationValue.Kind

  /// Forms that end a name, by kind. Longer forms win at the same offset.
  static let forms: [(kind: Kind, words: [String])] = [
    (
      .government,
      [
        "人民政府", "政府", "委员会", "管委会", "管理委员会", "办公室", "办公厅", "人民法院", "中级人民法院",
        "高级人民法院", "法院", "人民检察院", "检察院", "人大常委会", "人民代表大会", "政协", "总局", "分局",
        "派出所", "公安分局", "边防局", "议会", "参议院", "众议院", "国会", "管理局", "监督局", "监管局",
        "事务局", "特区政府", "行政公署", "公署", "街道办事处", "办事处", "经济和信息化委员会", "发展和改革委员会",
        "发展和改革局", "住房和城乡建设局", "住房和城乡建设委员会", "人力资源和社会保障局", "人力资源和社会保障厅",
        "自然资源和规划局", "文化和旅游局", "文化和旅游厅", "科学技术局", "科学技术厅", "工业和信息化局",
        "工业和信息化厅", "卫生健康委员会", "卫生健康委", "市场监督管理局", "商务局", "商务厅", "侨务办公室",
        "外事办公室", "台湾事务办公室", "人民防空办公室", "金融工作局", "地方金融监督管理局", "公共资源交易中心",
        "政务服务中心", "政务服务数据管理局", "综合执法局", "城市管理局", "生态环境局", "应急管理局",
        "退役军人事务局", "医疗保障局", "统计局", "税务局", "审计局", "海关", "出入境边防检查站", "大使馆", "使馆", "领事馆", "总领事馆",
        "代表处", "气象台", "指挥部", "总指挥部", "前方指挥部", "领导小组", "工作领导小组", "工作组", "工作队",
        "执委会", "组委会", "服务中心", "管理中心", "测绘中心", "招商中心", "信息中心", "行政执法局", "综合行政执法局",
        "中院", "高院",
      ]
    ),
    (
      .party,
      [
        "党委", "党组", "党工委", "纪委", "纪工委", "省委", "市委", "县委", "区委", "州委", "盟委", "旗委",
        "镇委", "乡委", "村委", "组织部", "宣传部", "统战部", "政法委", "纪律检查委员会", "监察委员会", "党支部",
        "党总支", "全国代表大会", "人民党", "民主党", "共和党", "社会党", "社民党", "自由党", "保守党", "工党",
        "共产党", "国民党", "劳动党", "绿党", "人民革命党", "团委", "团市委", "友协", "美协", "剧协", "作协", "影协", "音协", "书协", "舞协", "侨办", "团省委", "团县委", "妇联", "总工会", "工会", "共青团", "残联", "侨联",
        "科协", "文联", "台联", "工商联", "青联", "委员会办公室", "工委",
      ]
    ),
    (
      .company,
      [
        "有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "集团股份有限公司", "控股有限公司", "总公司",
        "分公司", "子公司", "公司", "集团", "集团公司", "控股", "控股集团", "实业", "药业", "制药厂",
        "制药", "地产", "置业", "传媒", "影业", "财团", "工作室", "建工", "重工",
        "合作社", "有限合伙", "事务所", "律师事务所", "会计师事务所", 
        "厂", "工厂", "总厂", "分厂", "制造厂", "机械厂", "化工厂", "纺织厂", "电厂", "发电厂", "矿务局",
        
      ]
    ),
    (
      .finance,
      [
        "银行", "分行", "支行", "总行", "营业部", "人寿", "财险", "信托", "产业基金", "投资基金", "基金公司",
        "资产管理公司", "创投", "交易所", "证交所", "信用社", "农商行", "农信社", "商业银行", "农村商业银行",
        "村镇银行", "信用卡中心", "担保中心", "联社", "合作联社", "信用合作联社", "农合行", "农信联社",
      ]
    ),
    (
      .education,
      [
        "大学", "学院", "中学", "小学", "附中", "附小", "实验学校", "学校", "党校", "研究生院", "幼儿园", "职业学院",
        "技术学院", "师范学院", "医学院", "商学院", "法学院", "外国语学校", "高级中学", "初级中学", "职业中学",
        "中专", "技校", "技工学校", "卫校", "分校", "学系", "师院", "农专", "师专", "医专", "医大",
        "美院",
      ]
    ),
    (
      .research,
      [
        "研究院", "研究所", "研究中心", "研究室", "实验室", "重点实验室", "科学院", "工程院", "设计院", "规划院",
        "研究会", "智库", "分院", "画院", "书画院", "天文台", "检验所", "检测中心", "技术中心", "创新中心", "课题组",
      ]
    ),
    (
      .media,
      [
        "日报", "晚报", "早报", "晨报", "商报", "时报", "周报", "都市报", "青年报", "法制报", "经济报道", "报社",
        "日报社", "通讯社", "新闻社", "电视台", "广播电台", "广播电视台", "电台", "卫视", "新闻网", "出版社",
        "杂志社", "融媒体中心", "分社", "导报", "快报", "报", "网", "信息港", "客户端", "频道",
      ]
    ),
    (
      .association,
      [
        "协会", "学会", "商会", "总商会", "联合会", "基金会", "促进会", "联谊会", "同乡会", "校友会", "理事会",
        "论坛", "联盟", "俱乐部", "研究会", "红十字会", "慈善会", "总会", "秘书处", "商协会",
      ]
    ),
    (
      .other,
      [
        "医院", "人民医院", "中医院", "附属医院", "卫生院", "妇幼保健院", "疾病预防控制中心", "疾控中心",
        "图书馆", "管教所", "艺术团", "歌舞团", "乐团", "剧团", "军区", "舰队",
        "海军", "空军", "陆军", "军方", "政治部", "司令部", "参谋部", "后勤部", "装备部", "俱乐部",
        "篮球队", "排球队", "队", "男排", "女排", "男篮", "女篮", "男足", "女足", "福利院", "敬老院", "合唱团", "芭蕾舞团", "交响乐团",
        "舞蹈团", "杂技团", "话剧团", "京剧团", "京剧院", "服务队", "客户服务中心", "发展中心", "开发中心", "交流中心",
        "艺术中心", "留学中心",
      ]
    ),
  ]

  /// Department stems that make a government form of a short suffix: 公安 + 局 → 公安局.
  static let departmentStems: [String] = [
    "公安", "财政", "税务", "统计", "环保", "环境保护", "生态环境", "商务", "外交", "国防", "教育", "科技", "民政",
    "司法", "人事", "劳动", "人社", "自然资源", "国土", "国土资源", "住建", "建设", "规划", "交通", "交通运输",
    "水利", "水务", "农业", "农业农村", "林业", "文化", "旅游", "文旅", "卫生", "卫健", "体育", "审计", "工商",
    "质监", "药监", "安监", "市场监管", "城管", "房管", "房产", "物价", "粮食", "气象", "地震", "海洋", "渔业",
    "海事", "边防", "出入境", "外事", "侨务", "民族", "宗教", "民宗", "信访", "档案", "人防", "口岸", "港务",
    "新闻出版", "广电", "广播电视", "知识产权", "国资", "金融", "发改", "经信", "工信", "科学技术", "教育体育",
    "监察", "纪检", "安全", "国家安全", "铁道", "铁路", "邮政", "电力", "煤炭", "冶金", "化工", "机械", "电子",
    "航天", "航空", "地质", "地矿", "石油", "纺织", "轻工", "外经贸", "外贸", "经贸", "对外经济贸易", "计划",
    "经济", "内务", "防务", "国土安全", "移民", "退役军人事务", "应急管理", "医保", "教委",
    "卫计", "计生", "畜牧", "农机", "烟草", "盐务", "矿务", "园林", "市容", "环卫", "环境", "公路", "运输",
    "航务", "旅游发展", "体育运动", "文物", "保密", "机要", "编制", "老干部", "党史", "扶贫", "招商", "商业",
    "粮食和物资储备", "市场监督管理", "投资促进", "乡村振兴", "发展改革", "行政执法", "综合行政执法", "机关事务",
    "机关事务管理", "数据资源", "经济合作", "银监", "保监", "证监", "银保监", "公共资源", "数据", "大数据", "政务服务", "行政审批", "综合执法",
    "城乡建设", "住房保障", "技术监督", "文明", "双拥", "综治", "军转", "防汛", "二轻", "一轻", "外办", "港澳", "房屋管理", "土地", "水产", "统计局", "劳动保障", "社保", "医疗保障", "妇女儿童",
    "残疾人", "老龄", "外侨", "台办", "港澳", "台湾事务", "检验检疫", "食品药品", "质量技术监督", "海关",
    "国家税务", "地方税务", "国税", "地税", "公安消防", "消防", "交警", "交通警察", "刑侦", "治安", "禁毒", "网安",
  ]

  /// The short suffixes that department stems take, all government.
  static let departmentSuffixes: [String] = ["局", "厅", "部", "委", "办", "署", "司", "处", "总局", "分局", "支队", "大队"]

  /// Characters that are never part of a name and end it on the left.
  static let stopCharacters = ScalarSet(
    characters: "的了着过在由从把被等或跟给让据到就又还且即但已曾该这每某我你他她它们个位次之如若则届兼要"
      + "，。、；：？！“”‘’《》〈〉「」『』…—·～,.;:?!\"'<>[]{}【】〔〕 \t\n\r　")

  /// Characters that end a name on its left when ICU segments them as words of their own,
  /// alone or together (`年|泰国银行`, `日电|贵阳市委`, `祝|中国民主促进会`), though they start
  /// names elsewhere (`青年联合会`, `以色列政府`, `致公党`).
  static let weakStopCharacters = ScalarSet(
    characters: "系下原现任经使祝除赴随凭比以有无后前应请令供受获派调往近距离进挑交对用当像似较另再才只仅共均皆总年月日称说家记向自去拿靠出来能可会约及都所那也同因凡名和与为是将其而并于")

  /// Words that end a name on its left, beside the generated ones (jieba's verbs and
  /// function words): datelines, reporting verbs, career words.
  static let boundaryWords: [String] = [
    "日电", "日讯", "报讯", "电讯", "本报讯", "代表", "记者", "前往", "调往", "现任", "历任", "后任", "原任", "曾任",
    "担任", "出任", "升任", "兼任", "上述", "前述", "贴有", "经由", "有关", "除了", "来自", "通过", "会同",
    "包括", "其中", "以及", "图为", "资助", "欢聚", "委托", "尊重", "评价", "抗议", "采访", "访问", "会见",
    "会晤", "接见", "看望", "慰问", "考察", "参观", "视察", "走访", "邀请", "应邀", "率领", "带领", "召开",
    "举办", "主办", "承办", "协办", "赞助", "支持", "批准", "同意", "认为", "据悉", "两国", "三国", "四国", "各国", "双方", "两岸", "住进", "送进", "送往", "入住", "剥离",
    "战胜", "击败", "负于", "逼平", "战平", "主场", "客场", "迎战", "对阵", "扳倒", "轻取", "力克", "不敌", "险胜",
    "完胜", "大胜", "惜败", "憾负", "输给", "赢了", "淘汰", "加上", "作为", "成为", "属于", "隶属", "获悉", "介绍", "透露", "宣布", "表示", "指出",
    "主任", "书记", "董事长", "总经理", "主席", "来源",
  ]

  /// Stems that leave a form without a name: a generic mention (`区政府`, `市委`, `双方政府`).
  static let genericStems: Set<String> = [
    "市", "省", "县", "区", "乡", "镇", "村", "州", "盟", "旗", "街道", "社区", "全市", "全省", "全县", "全区",
    "全国", "本市", "本省", "本县", "本区", "我市", "我省", "我县", "我区", "我国", "各国", "两国", "双方",
    "各地", "当地", "地方", "基层", "各级", "上级", "下级", "有关", "相关", "有关部门", "国家", "中央", "人民",
    "联合", "临时", "新", "老", "大", "小", "总", "分", "一家", "两家", "多家", "各", "本", "该", "此", "原",
    "前", "现", "外国", "国外", "境外", "海外", "国内", "国有", "民营", "私营", "外资", "合资", "独资", "上市",
    "中外", "跨国", "大型", "中小", "小型", "知名", "著名", "股份", "有限", "投资", "科技", "控股", "集团",
    "国际", "中国", "美国", "日本", "英国", "法国", "德国", "俄罗斯", "韩国", "印度", "欧洲", "亚洲", "全球",
    "世界", "省级", "市级", "县级", "国家级", "地方级", "村级", "乡级", "镇级", "区级", "高等", "重点", "普通",
    "名牌", "一流", "公立", "私立", "民办", "公办", "师范", "职业", "技术", "医科", "理工", "综合", "文理",
    "国营", "商业", "股份制", "中资", "法人", "主流", "各大", "部分", "境内", "内地", "地区", "农村", "城市",
    "先进", "会员", "星级", "房产", "中介", "房地产", "贷款", "贸易", "外贸", "服务", "开发", "游戏", "电影",
    "博彩", "一审", "二审", "基础", "薄弱", "新建", "专业", "各类", "各种", "几家", "一批", "一些", "这些",
    "那些", "其他", "其它", "许多", "众多", "同类", "同级", "省会", "乡镇", "村民", "居民", "非上市", "地方级",
    "富人", "顶级", "全球顶级", "电竞", "证券", "保险", "基金", "信托", "投资银行", "政府", "党政", "驻地",
    "驻外", "驻华", "驻港", "各省", "各市", "各县", "各区", "全体", "所属", "下属", "直属", "某", "左翼", "右翼", "执政", "在野", "反对党",
    "英雄", "航空", "航天", "农业", "林业", "工业", "地质", "医学", "音乐", "美术", "艺术", "外国语", "外语", "财经",
    "政法", "经济", "管理", "交通", "电力", "石油", "化工", "机械", "电子", "信息", "计算机", "建筑", "水利",
    "海洋", "社会", "法律", "新闻", "广播", "电影", "戏剧", "舞蹈", "军事", "警察", "中医", "邮电", "纺织",
    "轻工", "农民", "妇女", "青年", "少年", "儿童", "老年", "残疾人", "盲人", "聋哑", "函授", "成人", "业余",
    "职工", "干部", "漫画", "文学", "作家", "记者", "律师", "教师", "学生", "工人", "企业", "企业家", "科学",
    "中小学", "小学", "中学", "大学", "学校", "基层", "体育", "卫生", "财政", "税务", "旅游", "文化", "教育",
    "两市", "两省", "两区", "两县", "自治区", "省委", "市委", "县委", "区委", "州委", "全资", "行业", "片区", "园区",
    "新区", "经开区", "高新区", "开发区", "自贸区", "高校", "金融", "非盈利", "非营利", "城镇", "小城镇", "对口", "帮扶",
    "支援", "援建", "扶贫", "银行", "各银行", "商业银行", "股份行", "景区", "风景区", "保税区", "综保区", "示范区",
    "工业园", "工业园区", "产业园", "产业园区", "度假区", "旅游区", "试验区", "实验区", "功能区", "合作区",
  ]

  /// Two-character forms that also end or start common words (`随时|报`, `昨日|报`, `学|系统`):
  /// accepted only where ICU's segmentation has boundaries at both ends.
  static let segmentationCheckedForms: Set<String> = [
    "时报", "日报", "晚报", "早报", "晨报", "商报", "周报", "分社", "分院", "总行", "分行", "支行", "卫视", "电台",
    "中专", "技校", "卫校", "分校", "附中", "附小", "政协", "总会", "工会", "党组", "团委", "残联", "侨联", "科协",
    "文联", "台联", "青联", "妇联", "纪委", "财团", "实业", "药业", "置业", "传媒", "影业", "人寿", "财险", "信托",
    "创投", "智库", "使馆", "海关", "公署", "国会", "议会", "控股", "集团", "工厂", "总厂", "分厂", "电厂", "军区",
    "舰队", "乐团", "剧团", "论坛", "联盟", "商会", "学会", "协会", "友协", "美协", "剧协", "作协", "影协", "音协",
    "书协", "舞协", "侨办", "男排", "女排", "男篮", "女篮", "男足", "女足", "地产", "学系", "师院", "农专", "师专",
    "医专", "医大", "美院", "中院", "高院", "导报", "快报", "建工", "重工", "频道", "工委",
  ]

  /// Characters that, just before a form, show it is the object of a verb or part of a word
  /// (`上|大学`, `出|厂`, `进不起|医院`, `无|政府`).
  static let notBeforeForm: [String: String] = [
    "大学": "上念读考进办建向型性", "学院": "上念读考进办建向型性", "学校": "上念读考进办建向型性", "中学": "上念读考进办建向",
    "小学": "上念读考进办建向中", "医学院": "上念读考进", "厂": "出兴建办进离返回本该全各", "工厂": "出兴建办进离返回",
    "医院": "进起住送去到在出型性", "政府": "无",
    // 互联网, 电网, 上网, 官网, 铁路网, 销售网: networks and verbs, not media.
    "网": "吊卫台输互电管联上官光路天渔球法系售务销带域干太感通水河力配内外公专控拦撒织结落触入组布建补漏情罗丝护全围捕刺拖蛛栏",
    // 年报, 情报, 上报, 举报, 海报, 通报, 预报: reports and verbs, not newspapers.
    "报": "年情上举电海画简通汇预警捷喜谍公回申呈填战学月周日晚早晨商时导快密季半旬",
    "快报": "审", "公司": "本该各", "集团": "本该各", "队": "球军部车乐梯排连团分支大中小",
  ]

  /// Forms before which a stem of common words still names something (`古籍出版社`,
  /// `书法教育研究会`): only the hand-made generic stems apply to them.
  static let lenientKinds: Set<OrganizationValue.Kind> = [.media, .association, .research, .education, .party, .finance]

  /// Units inside an organization: the name before them may hold a whole organization
  /// (`中国科学院武汉分院`), where other forms start after one (`国家计委|国家统计局`).
  static let subunitForms: Set<String> = [
    "分院", "分行", "支行", "总行", "营业部", "分公司", "子公司", "分社", "分局", "分校", "附中", "附小",
    "研究所", "研究院", "研究中心", "实验室", "重点实验室", "学院", "学系", "党委", "党组", "纪委", "团委", "工会",
    "办公室", "办公厅", "秘书处", "代表处", "办事处", "政治部", "司令部", "参谋部", "后勤部", "装备部", "出版社",
    "组织部", "宣传部", "统战部", "政法委",
  ]

  /// Units that keep the kind of the organization they belong to (`中国银行|总行`); other units
  /// have their own (`北京大学|出版社` is media).
  static let parentKindForms: Set<String> = [
    "分院", "分行", "支行", "总行", "营业部", "分公司", "子公司", "分社", "分局", "分校", "办公室", "办公厅", "秘书处",
    "代表处", "办事处",
  ]

  /// Forms of troupes and venues whose names are often common words (`东方歌舞团`).
  static let lenientForms: Set<String> = [
    "歌舞团", "艺术团", "乐团", "剧团", "合唱团", "芭蕾舞团", "交响乐团", "舞蹈团", "杂技团", "话剧团", "京剧团",
    "京剧院", "图书馆",
    // A zone's committee is named for its zone, often a common word: 火炬管委会, 金桥管委会.
    "管委会",
  ]

  /// Forms that need a longer stem, as their short stems are mostly generic (`炼钢|厂`).
  static let longStemForms: Set<String> = ["厂"]

  /// National stems that name a unique body before a department form (`国家旅游局`, `中央统战部`),
  /// though they are generic before other forms (`国家队`, `中国公司`).
  static let nationalForms: Set<String> = ["海军", "空军", "陆军", "大使馆", "使馆", "领事馆", "总领事馆", "队", "男排", "女排", "男篮", "女篮", "男足", "女足", "代表团"]
  /// Team forms: the name before them must start with a place (`江苏南钢队`, `中国女排`), as most
  /// other teams are generic (`消防队`, `国家队`).
  static let teamForms: Set<String> = ["队", "男排", "女排", "男篮", "女篮", "男足", "女足"]
  /// Other forms whose names start with a place (`浙江在线杭州频道`, `中国民族报`): alone, their
  /// stems are mostly generic (`财经频道`, `手机客户端`).
  static let placeLedForms: Set<String> = ["频道", "客户端", "报", "工厂"]

  /// Attributes that, after a place alone, leave a generic mention: `天津市|上市|公司`.
  static let attributeStems: [String] = [
    "上市", "非上市", "国有", "民营", "私营", "外资", "合资", "独资", "全资", "控股", "知名", "著名", "大型", "中小",
    "小型", "龙头", "重点", "骨干", "百强", "各类", "主要", "新", "老",
  ]

  /// Forms of bodies named for a mission between places (`江苏省对口支援伊犁州前方指挥部`,
  /// `海珠对口帮扶大埔工作队`): before them verbs do not end a name that starts with a place.
  static let missionForms: Set<String> = ["指挥部", "前方指挥部", "总指挥部", "工作组", "工作队", "服务队", "管委会", "执委会", "组委会"]
  static let maxMissionStemLength = 20

  static let genericTeamStems: Set<String> = ["国家", "全国", "中央"]
  static let nationalStems: Set<String> = ["国家", "中央", "中国", "全国", "国务院", "中共中央", "中华人民共和国"]

  /// Party organs inside an organization (`…管理局|党组|书记`): before a position they belong to
  /// the position, and the organization ends before them.
  static let organsBeforePositions: Set<String> = ["党委", "党组"]
  static let partyPositions = ["书记", "副书记", "委员", "成员", "常委"]

  /// Units after an organization's name that belong to it, after a place or a region
  /// (`赣州银行|新余|分行`, `中储粮|江苏|总部`, `中交四航局|西南|区域总部`) or a short name of
  /// their own (`重庆市人民医院|照母山|院区`).
  static let unitForms: [String] = [
    "分行", "支行", "分公司", "分局", "分院", "分校", "营业部", "院区", "总部", "区域总部", "信用卡中心", "客户服务中心",
    "频道",
  ]
  /// Units named by a short name of their own, not only by a place.
  static let namedUnitForms: Set<String> = ["院区", "信用卡中心", "客户服务中心"]
  /// Regions that name a regional unit: `华东|区域总部`, `中国区|投资总部`.
  static let unitRegions: [String] = ["华东", "华南", "华北", "华中", "华西", "西南", "西北", "东北", "东南", "中南", "亚太", "大中华"]
  /// Divisions named by their task, after a body of these kinds: `国家发展改革委|地区|司`,
  /// `…发改委|对口支援|处`, `…公安局|经侦|支队`, `…物业|市场研究|部`.
  static let divisionUnits: [(word: String, kinds: Set<Kind>)] = [
    ("司", [.government]), ("处", [.government]), ("科", [.government]), ("支队", [.government]), ("大队", [.government]),
    ("委员会", [.government]), ("部", [.company, .finance]),
  ]
  /// Direction words do not end a division's name: `…公司|西南部` is a part of a country.
  static let directions = ScalarSet(characters: "东南西北中内外上下前后全各")
  /// The longest known name looked for across a stop (`住房和城乡建设部`).
  static let maxKnownAcrossLength = 10
  static let maxUnitStemLength = 4

  /// Words inside names that start with a weak stop character: `重庆|经开区`, `中国·印尼|经贸合作区`.
  static let namePartsAfterWeakStops: [String] = ["经开区", "经济开发区", "经济技术开发区", "经贸", "经济技术", "对口"]
  /// Words that end in a stop or a weak stop character: `海南省大数据`, `陕西氢能`.
  static let wordsEndingInStops: Set<String> = ["数据", "氢能", "储能", "风能", "核能", "光能", "热能", "节能", "智能", "动能", "新能"]

  /// Chars after a form that show it is the start of another word (`局长`, `部分`, `公司化`).
  static let notAfterForm = ScalarSet(characters: "长员化级制门面属业生间债军卡性股费家统派伍")

  /// Chars after one form that show it is part of another word: `网吧`, `网球`, `报道`.
  /// 网 and 报 are too frequent to ask ICU about: these lists stand for it.
  static let notAfterFormWord: [String: String] = [
    "网": "吧球窝箱开游站络页友民店点购格红速址银课约联罗架眼管线状兜袋膜篮坛聊商恋校评盘民购虫孔绳具",
    "海军": "基", "空军": "基", "陆军": "基",  // 空军|基地 is a base
    "报": "道告名警到销刊考表批送纸备复价案关废税请效喜忧账帐答出称载时晓捷单表批审",
  ]

  /// Chars after a known name that make it part of a position or a generic word (`外交部长`,
  /// `农业部门`, `民主党派`).
  static let notAfterKnown = ScalarSet(characters: "长门派员")

  /// Words of sports news: where they occur, clubs named for their city (`罗马`, `利物浦`) are
  /// organizations.
  static let sportsCues: [String] = [
    "联赛", "比赛", "赛季", "主场", "客场", "进球", "球队", "球员", "足球", "篮球", "意甲", "英超", "西甲", "德甲",
    "法甲", "欧冠", "联盟杯", "欧联", "主帅", "教练", "射门", "战平", "击败", "负于", "逼平", "比分", "赔率",
    "让球", "盘口", "博彩", "足彩", "主队", "客队", "球迷", "转会", "俱乐部", "首发", "替补", "门将", "前锋",
    "后卫", "中场", "点球", "决赛", "半决赛", "淘汰赛", "小组赛", "积分榜", "平局", "胜负", "客战", "主战",
    "作客", "坐镇", "阵容", "平手", "受让", "上盘", "下盘", "欧赔", "亚盘", "交锋", "战绩", "杯赛", "本轮", "射手",
    "失球", "丢球", "净胜", "保级", "降级", "夺冠", "欧洲杯", "世界杯", "球星", "伤停", "红牌", "黄牌", "赛事",
    "竞彩", "彩民", "对阵", "主胜", "客胜", "不败", "连胜", "连败", "取胜", "告负", "完胜", "惨败", "战胜", "球场",
    "联赛杯", "足总杯", "国王杯", "意大利杯", "德国杯", "欧联杯", "冠军杯", "升级", "排名", "积分",
    "vs", "VS", "解盘", "博胆", "防冷", "防平", "赔付", "盘路", "水位", "冷门", "大小球", "平赔", "半球", "客让", "主让",
  ]

  /// Words that make a company a financial one: `…银行（香港）有限公司`, `…证券有限责任公司`.
  static let financeWords = ["银行", "证券", "保险", "基金", "信托", "期货", "资产管理", "金融", "投资银行", "财务公司", "融资租赁"]

  /// After a club or a team's place, the team word: `布莱克本队`, `首钢队`.
  static let team = "队".unicodeScalars.first!.value

  /// Classifiers after a numeral end a name on its left (`八条|政府`, `四家|银行`).
  static let classifiers = ScalarSet(characters: "条项件个家所座批种类名位支只")

  /// Ordinals inside a name (`九三学社第七次全国代表大会`): 第 + numerals + 次/届.
  static let ordinalEnds = ScalarSet(characters: "次届")
  static let ordinalNumerals = ScalarSet(characters: "一二三四五六七八九十百零〇两0123456789０１２３４５６７８９")

  /// Suffixes of divisions that names inside organizations drop (`上海市宝山实验学校`).
  static let divisionSuffixes = ["区", "县", "市"]

  /// The longest name (stem) the leftward walk accepts before a form, and beyond it the longest
  /// that a chain of places leads (`广西壮族自治区|产业园区改革发展|办公室`).
  static let maxStemLength = 14
  static let maxPlaceLedStemLength = 20
  /// The longest place-led qualifier before a middle dot (`江苏援伊·`).
  static let maxQualifierLength = 6

  /// Kinds of known names that a place before them leads (`日本|建设省`, `广东省|社科院`, `日本|共同社`);
  /// not international bodies, which a place only locates (`纽约|联合国`).
  static let placeLedKnownKinds: Set<Kind> = [.government, .research, .education, .media, .company, .finance, .other, .party]

  /// Division levels: a known body after one alone is generic (`省国资委`, `市发改委`).
  static let levelCharacters = ScalarSet(characters: "省市县区州")
  /// Last characters of full division names (`都昌县`, `南岸区`).
  static let divisionEnds = ScalarSet(characters: "省市县区州旗盟镇乡")
  /// Conjunctions after a list comma still join, not start a name (`、和`).
  static let conjunctions = ScalarSet(characters: "和与及或并为将以对向")
  static let listConjunctions = ScalarSet(characters: "和与及或并")
  /// Join two departments' stems into one body's: `住房保障和|房产管理局`, `规划与|国土资源管理局`.
  static let departmentJoins = ScalarSet(characters: "和与及")
  /// What starts a heading or a label's value: a line, a colon, a space.
  static let headingStarts = ScalarSet(characters: "\n\r:： \t　")
  /// After a numeral, before a classifier: `600余支`, `10多家`.
  static let approximations = ScalarSet(characters: "余多")
  static let maxTeamStemLength = 8

  /// A character a name is made of: Han but no stop character, or a Latin letter.
  @inline(__always) static func isNameScalar(_ c: UInt32) -> Bool {
    (CharacterClass.isHan(c) && !stopCharacters.contains(c)) || CharacterClass.isLatinLetter(c)
  }
}
