import Testing
@testable import ZhExtract

/// Organizations named by the forms of modern bodies, media, units and party organs, in
/// sentences written for these tests: each form with the names it takes and the generic
/// mentions it does not.
struct OrgFormTests {
  typealias Case = OrgCorpusTests.Case

  static let sentences: [Case] = [
    // Bodies named for a mission between places: verbs inside, a middle dot after a qualifier.
    Case("浙江省对口支援阿克苏地区前方指挥部召开会议。", [("浙江省对口支援阿克苏地区前方指挥部", .government)]),
    Case("由山东援疆·临沂工作组投资建设的纺织园投产。", [("山东援疆·临沂工作组", .government)]),
    Case("番禺对口帮扶梅县工作队走访了农户。", [("番禺对口帮扶梅县工作队", .government)]),
    Case("湖州经开区管委会与宜春高新区管委会签约。", [("湖州经开区管委会", .government), ("宜春高新区管委会", .government)]),
    Case("金桥管委会发布公告。", [("金桥管委会", .government)]),
    Case("长江中游城市群协同发展组委会发布通知。", [("长江中游城市群协同发展组委会", .government)]),
    Case("泉州市住房保障管理中心和山西省国土测绘中心负责人介绍。", [("泉州市住房保障管理中心", .government), ("山西省国土测绘中心", .government)]),
    Case("赤城路派出所民警赶到现场。", [("赤城路派出所", .government)]),
    Case("苏州银监局与南宁中院联合发布通报。", [("苏州银监局", .government), ("南宁中院", .government)]),
    Case("据济南市住房保障和房产管理局介绍，杭州规划与自然资源局也已开展工作。", [("济南市住房保障和房产管理局", .government), ("杭州规划与自然资源局", .government)]),
    Case("厦门市融资担保中心和青岛艺术中心签约。", [("厦门市融资担保中心", .finance), ("青岛艺术中心", .other)]),
    Case("宁波市招商中心发布消息。", [("宁波市招商中心", .government)]),
    // Media.
    Case("据闽南网报道，昆山信息港也转发了消息。", [("闽南网", .media), ("昆山信息港", .media)]),
    Case("嘉兴日报客户端讯 中国工商导报和中国农民报发表评论。", [("嘉兴日报客户端", .media), ("中国工商导报", .media), ("中国农民报", .media)]),
    // Units after a name: branches, regional headquarters, campuses, departments.
    Case("宁波银行余姚支行与企业签约。", [("宁波银行余姚支行", .finance)]),
    Case("中粮集团华南区域总部和华润集团中国区运营总部落户广州。", [("中粮集团华南区域总部", .company), ("华润集团中国区运营总部", .company)]),
    Case("宜宾市第一人民医院临港院区开诊。", [("宜宾市第一人民医院临港院区", .other)]),
    Case("国家发展改革委高技术司负责人表示。", [("国家发展改革委高技术司", .government)]),
    Case("绍兴市发改委对口合作处负责人说。", [("绍兴市发改委对口合作处", .government)]),
    Case("长沙市公安局刑侦支队民警和恒丰地产营销策划部经理介绍。", [("长沙市公安局刑侦支队", .government), ("恒丰地产营销策划部", .company)]),
    Case("国务院参事室文化委员会发布报告。", [("国务院参事室文化委员会", .government)]),
    Case("北京市政府和中国科学院签约。", [("北京市政府", .government), ("中国科学院", .research)]),
    Case("交通运输部和水利部联合发文。", [("交通运输部", .government), ("水利部", .government)]),
    // A party organ goes with the position after a company or a government body.
    Case("海南省大数据管理局党组书记、局长出席。", [("海南省大数据管理局", .government)]),
    Case("中国电建党委副书记讲话。", [("中国电建", .company)]),
    Case("湖南湘江新能源产业发展有限公司党委书记出席。", [("湖南湘江新能源产业发展有限公司", .company)]),
    // Left edges never inside a place name.
    Case("湖南省衡阳市衡东县人民政府与企业签约。", [("湖南省衡阳市衡东县人民政府", .government)]),
    Case("都匀市政府、开封市政府和南岸区政府的负责人出席。", [("都匀市政府", .government), ("开封市政府", .government), ("南岸区政府", .government)]),
    Case("云南省乡村振兴局与福建省发展改革委签署协议。", [("云南省乡村振兴局", .government), ("福建省发展改革委", .government)]),
    Case("泉州台商投资区综合行政执法局开展检查。", [("泉州台商投资区综合行政执法局", .government)]),
    Case("中国·老挝经贸合作区有限公司成立。", [("中国·老挝经贸合作区有限公司", .company)]),
    Case("乙方:祖安食品股份有限公司", [("祖安食品股份有限公司", .company)]),
    Case("江门比亚迪建工承建该项目。", [("江门比亚迪建工", .company)]),
    // Not inside a known name; generic words and pronoun-verb words before a name are none of it.
    Case("住房和城乡建设部政策研究中心发布标准。", [("住房和城乡建设部政策研究中心", .research)]),
    Case("将协同衢州市政府共同推进。", [("衢州市政府", .government)]),
    Case("我是恒达集团董事长，它是星光影业公司的作品。", [("恒达集团", .company), ("星光影业公司", .company)]),
    Case("数字江西集团成立。", [("数字江西集团", .company)]),
    // A place leads a known name, but only locates an international body.
    Case("据日本共同社报道，纽约联合国总部召开会议。", [("日本共同社", .media), ("联合国", .association)]),
    Case("江苏省上市公司协会成立。", [("江苏省上市公司协会", .association)]),
    // A country's navy, air force and army; a base of one is a facility.
    Case("加拿大海军和巴西空军举行联合演习，智利陆军也派员观摩。", [("加拿大海军", .other), ("巴西空军", .other), ("智利陆军", .other)]),
    Case("俄海军和俄空军的人数将减少。", [("俄海军", .other), ("俄空军", .other)]),
    // Rural credit unions and rural cooperative banks named by their place.
    Case("河北省联社与沧州农合行签约，献县农村信用合作联社参加。", [("河北省联社", .finance), ("沧州农合行", .finance), ("献县农村信用合作联社", .finance)]),
    // Well-known short names.
    Case("邯钢和唐钢的负责人出席，西南证券与国元证券发布报告。", [("邯钢", .company), ("唐钢", .company), ("西南证券", .finance), ("国元证券", .finance)]),
    Case("据中央气象台消息，寒潮将至。", [("中央气象台", .government)]),
  ]

  /// Generic mentions: bodies named by an area word or their level only, networks, descriptions.
  static let negatives: [String] = [
    "港口片区指挥部负责协调。",
    "景区管委会和该开发区管委会发布公告。",
    "在市委市政府的领导下推进工作。",
    "两省政府签署了协议。",
    "全省16个地(市)政府负责人参会。",
    "我国物联网和互联网发展迅速，电网和管网建设加快，他每天上网两小时。",
    "公司网络覆盖全国。",
    "形成开放发展新格局。",
    "公司将设立全资子公司或控股子公司。",
    "该管委会系地方政府派出机构。",
    "市委宣传部、市发改委、省国资委相关负责人参加。",
    "自治区党委常委出席。",
    "建设一批高水平研究型大学。",
    "新人民医院项目开工。",
    "打造一流综合性医院。",
    "与重点商协会座谈交流。",
    "从北京市上市公司中挑选。",
    "管委会主任王建军出席。",
    "年产30万千升啤酒工厂项目。",
    "打造示范版数字工厂。",
    "县高新区党工委书记讲话。",
    "海淀区全面启动中小学改造工程。",
    "承建单位市城投公司负责人。",
    "积极参与社会治安和学校环境治理。",
    "飞机降落在一处空军基地。",
    "《英雄联盟》和穿越火线、英雄联盟等游戏。",
    "要把这种精神发扬光大。",
  ]

  @Test(arguments: sentences)
  func findsEveryOrganization(_ entry: Case) throws { try OrgCorpusTests.expectOrganizations(entry) }

  @Test(arguments: negatives)
  func findsNoOrganization(_ text: String) throws { try OrgCorpusTests.expectNoOrganization(in: text) }

  /// A region leads a name but has no code to give it.
  @Test func regionLedNameHasNoPlaceCode() throws {
    let extractor = try EntityExtractor()
    let found = extractor.extract(from: "长江中游城市群协同发展组委会", kinds: [.org]).filter { $0.kind == .org }
    try #require(found.count == 1)
    guard case .org(let value) = found[0].value else {
      Issue.record("not an organization value")
      return
    }
    #expect(value.placeCode == nil)
  }
}
