import Testing
@testable import ZhExtract

/// Organizations in sentences written for these tests in the style of news: every organization
/// found, with its exact text and kind, and nothing else.
struct OrgCorpusTests {
  typealias Kind = OrganizationValue.Kind

  struct Case: Sendable, CustomStringConvertible {
    let text: String
    let orgs: [(String, Kind)]
    var description: String { text }
    init(_ text: String, _ orgs: [(String, Kind)]) { (self.text, self.orgs) = (text, orgs) }
  }

  static let sentences: [Case] = [
    Case("深圳市龙华区人民政府与国家发改委在北京签署合作协议。", [("深圳市龙华区人民政府", .government), ("国家发改委", .government)]),
    Case("记者从上海市经济和信息化委员会获悉，新政策将于下月实施。", [("上海市经济和信息化委员会", .government)]),
    Case("这家工厂去年和宝武集团签约，共同投资建设新产线。", [("宝武集团", .company)]),
    Case("深圳微品致远信息科技有限公司日前完成新一轮融资。", [("深圳微品致远信息科技有限公司", .company)]),
    Case("哈工大人工智能研究院发布了三项成果。", [("哈工大人工智能研究院", .research)]),
    Case("暨南大学与中科院签署了联合培养协议。", [("暨南大学", .education), ("中科院", .research)]),
    Case("据新华社报道，国务院常务会议研究了相关措施。", [("新华社", .media), ("国务院", .government)]),
    Case("21世纪经济报道记者从工信部了解到，该项目已获批。", [("21世纪经济报道", .media), ("工信部", .government)]),
    Case("华为和腾讯分别发布了年度报告。", [("华为", .company), ("腾讯", .company)]),
    Case("全国工商联副主席出席了亚布力论坛年会。", [("全国工商联", .association), ("亚布力论坛", .association)]),
    Case("龙华区委召开全会，部署明年工作。", [("龙华区委", .party)]),
    Case("晋江市人民政府发布通告，暂停部分航班。", [("晋江市人民政府", .government)]),
    Case("中远海运与招商银行签署战略合作协议。", [("中远海运", .company), ("招商银行", .finance)]),
    Case("江苏省苏州宝碟激光电子有限公司通过了认证。", [("江苏省苏州宝碟激光电子有限公司", .company)]),
    Case("深圳晚报和中新社的记者赶到现场。", [("深圳晚报", .media), ("中新社", .media)]),
    Case("联合国秘书长呼吁各方保持克制，世界银行同日下调了增长预期。", [("联合国", .association), ("世界银行", .finance)]),
    Case("北京大学附属医院的专家参与了会诊。", [("北京大学附属医院", .other)]),
    Case("九三学社第七次全国代表大会在京开幕。", [("九三学社第七次全国代表大会", .party)]),
    Case("中国驻柬埔寨大使馆提醒游客注意安全。", [("中国驻柬埔寨大使馆", .government)]),
    Case("渣打银行（香港）有限公司公布了半年业绩。", [("渣打银行（香港）有限公司", .finance)]),
    Case("圭亚那—中国友好协会会长率团访华。", [("圭亚那—中国友好协会", .association)]),
    Case("中共十五大以后，改革进一步深化。", [("中共十五大", .party)]),
    Case("阿森纳主场击败切尔西，罗马则在客场战平米兰。", [("阿森纳", .other), ("切尔西", .other), ("罗马", .other), ("米兰", .other)]),
    Case("布莱克本队在联赛中取得三连胜。", [("布莱克本队", .other)]),
    Case("小马智行和货拉拉都在广州设立了总部。", [("小马智行", .company), ("货拉拉", .company)]),
    Case("梅州湾区产业基金首期规模为十亿元。", [("梅州湾区产业基金", .finance)]),
    Case("日本外务省就此事发表声明。", [("日本外务省", .government)]),
    Case("美联储宣布维持利率不变，欧洲央行则按兵不动。", [("美联储", .finance), ("欧洲央行", .finance)]),
    Case("江苏南钢队主场战胜浙江中欣队，中国女排则以三比零获胜。", [("江苏南钢队", .other), ("浙江中欣队", .other), ("中国女排", .other)]),
    Case("俄罗斯国防部和肯尼亚驻华使馆分别发表声明。", [("俄罗斯国防部", .government), ("肯尼亚驻华使馆", .government)]),
    Case("国家计委、国家统计局和民政部财政部联合发文。", [("国家计委", .government), ("国家统计局", .government), ("民政部", .government), ("财政部", .government)]),
  ]

  /// Sentences with no organization: events, positions, generic mentions, products.
  static let negatives: [String] = [
    "杭州亚运会将于明年九月开幕。",
    "区长和区政府的工作人员来到现场。",
    "政府和公司都要承担责任。",
    "该公司表示，这家银行的贷款利率将下调。",
    "双方政府同意加强合作。",
    "市委常委会议研究了下一步工作。",
    "他担任外交部长多年。",
    "各级人民政府要落实责任。",
    "集中行动取得了明显成效。",
    "本市公安局提醒市民注意防范。",
    "这些上市公司的业绩普遍增长。",
    "罗马是意大利的首都。",
    "我们要依靠科技进步推动发展。",
    "四家国营银行合并成一家。",
    "大学生在校园里举办了音乐会。",
    "农业部门要做好春耕准备。",
    "国家队和消防队都来到了现场。",
    "他考上大学以后，把父亲送进医院。",
    "第9中学", "公司", "委员会", "局长", "队", "）有限公司", "(集团)有限公司", "-协会",
  ]

  /// Names that start with a chain of places carry the deepest place's code.
  static let placeCodes: [(String, String?)] = [
    ("上海市宝山实验学校", "310113"), ("深圳市龙华区人民政府", "440309"), ("广东省梅州市人民医院", "441400"),
    ("法国国防部", "FR"), ("江苏南钢队", "320000"), ("中非共和国政府", "CF"),
    ("中非合作论坛", nil),  // a joint abbreviation (China and Africa), not 中非 the country
  ]

  @Test func placeCodeOfTheDeepestPlace() throws {
    let extractor = try EntityExtractor()
    for (name, code) in Self.placeCodes {
      let found = extractor.extract(from: name, kinds: [.org]).filter { $0.kind == .org }
      try #require(found.count == 1, "\(name): \(found.map(\.text))")
      #expect(found[0].text == name)
      guard case .org(let value) = found[0].value else {
        Issue.record("\(name): not an organization value")
        continue
      }
      #expect(value.placeCode == code, "\(name): \(value.placeCode ?? "nil")")
    }
  }

  @Test(arguments: sentences)
  func findsEveryOrganization(_ entry: Case) throws { try Self.expectOrganizations(entry) }

  @Test(arguments: negatives)
  func findsNoOrganization(_ text: String) throws { try Self.expectNoOrganization(in: text) }

  /// Every organization of `entry` found, in order, with its exact text, offsets and kind, and nothing else.
  static func expectOrganizations(_ entry: Case) throws {
    let extractor = try EntityExtractor()
    let found = extractor.extract(from: entry.text, kinds: [.org]).filter { $0.kind == .org }
    #expect(found.map(\.text) == entry.orgs.map(\.0), "\(entry.text)")
    for (entity, expected) in zip(found, entry.orgs) {
      let scalars = Array(entry.text.unicodeScalars)
      #expect(String(String.UnicodeScalarView(scalars[entity.scalarOffsets])) == expected.0)
      guard case .org(let value) = entity.value else {
        Issue.record("\(expected.0): not an organization value")
        continue
      }
      #expect(value.kind == expected.1, "\(expected.0): \(value.kind)")
    }
  }

  /// No organization in `text`.
  static func expectNoOrganization(in text: String) throws {
    let extractor = try EntityExtractor()
    let found = extractor.extract(from: text, kinds: [.org]).filter { $0.kind == .org }
    #expect(found.isEmpty, "\(text): \(found.map(\.text))")
  }
}
