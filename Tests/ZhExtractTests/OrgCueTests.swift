import Testing
@testable import ZhExtract

/// Organizations with no form, found by their shape and the text around them, and what the
/// document pass makes of them: sentences written for these tests, every organization with its
/// exact text, the rule that found it, and nothing else.
struct OrgCueTests {
  struct Case: Sendable, CustomStringConvertible {
    let text: String
    let orgs: [(text: String, rule: String)]
    var description: String { text }
    init(_ text: String, _ orgs: [(String, String)]) { (self.text, self.orgs) = (text, orgs.map { ($0.0, $0.1) }) }
  }

  static let shortName = "org.cue.short-name"

  static let cases: [Case] = [
    // A company's short name: a stem that is no word + an industry word.
    Case("总投资80亿元的宁图高科新型显示项目落户合肥。", [("宁图高科", shortName)]),
    Case("今年以来，汇锐科技、岳芯微电子和禾川生物相继上市。", [("汇锐科技", shortName), ("岳芯微电子", shortName), ("禾川生物", shortName)]),
    // Led by its place or by a known company.
    Case("宁波锐晶新材料年产5万吨项目开工。", [("宁波锐晶新材料", shortName)]),
    // A known name before its data is no company of the data (`央行数据`).
    Case("央行数据显示，贷款增速回落。", [("央行", "org.known")]),
    Case("腾讯云启科技宣布完成融资。", [("腾讯云启科技", shortName)]),
    // A list member with no form takes the kind of the companies beside it.
    Case("会上，鸿芯半导体、云鲸智造、睿途科技等企业签约。", [("鸿芯半导体", shortName), ("云鲸智造", "org.list"), ("睿途科技", shortName)]),
    Case("澜启、博瑞光电、迅驰传媒3家企业递交了申请。", [("澜启", "org.list"), ("博瑞光电", shortName), ("迅驰传媒", "org.form")]),
    // A stock code after the name, and the name wherever it recurs.
    Case("泓博达(688521)今日发布公告称，泓博达将回购股份。", [("泓博达", "org.cue.stock-code"), ("泓博达", "org.repeat")]),
    // What the text defines, with the kind of the name it follows.
    Case(
      "杭州禾丰豆制品股份有限公司（以下简称“禾丰”）于昨日公告。禾丰表示，项目将于明年投产。",
      [("杭州禾丰豆制品股份有限公司", "org.form"), ("禾丰", "org.defined"), ("禾丰", "org.repeat")]),
    // Media in credits and datelines.
    Case("来源：掌上澜湄 作者：李明", [("掌上澜湄", "org.cue.credit")]),
    Case("澜湄头条讯（记者 张三）近日，一批项目集中开工。", [("澜湄头条", "org.cue.credit")]),
  ]

  /// Phrases that look like a stem and an industry word, and credits that name no medium.
  static let negatives: [String] = [
    "要推动科学技术进步。",
    "施工可能危及电力设施。",
    "他们认真学习现代高科技知识。",
    "路口停着20多辆汽车。",
    "他手里拿着一沓材料。",
    "他获得了部级科技进步奖。",
    "本报讯（记者 王五）昨天下午，会议召开。",
    "来源:sp20241119",
    "涉及化工新材料、新能源等领域。",
    "以大数据引领产业升级。",
    "（以下简称“公司”）",
  ]

  @Test(arguments: cases)
  func findsTheOrganization(_ entry: Case) throws {
    let extractor = try EntityExtractor()
    let found = extractor.extract(from: entry.text, kinds: [.org]).filter { $0.kind == .org }
    #expect(found.map(\.text) == entry.orgs.map(\.text), "\(entry.text)")
    #expect(found.map(\.rule) == entry.orgs.map(\.rule), "\(entry.text)")
    #expect(found.map(\.scalarOffsets) == Self.offsets(of: entry.orgs.map(\.text), in: entry.text), "\(entry.text)")
  }

  /// The scalar offsets of each name, each searched after the one before it.
  static func offsets(of names: [String], in text: String) -> [Range<Int>] {
    let scalars = Array(text.unicodeScalars)
    var from = 0
    return names.compactMap { name in
      let target = Array(name.unicodeScalars)
      guard let start = (from...max(from, scalars.count - target.count)).first(where: { Array(scalars[$0..<min($0 + target.count, scalars.count)]) == target })
      else { return nil }
      from = start + target.count
      return start..<from
    }
  }

  @Test(arguments: negatives)
  func findsNoOrganization(_ text: String) throws { try OrgCorpusTests.expectNoOrganization(in: text) }

  @Test func definitionTakesTheKindOfItsName() throws {
    let extractor = try EntityExtractor()
    let text = "上海岚图证券有限公司（下称“岚图”）今日开业。"
    let alias = try #require(extractor.extract(from: text, kinds: [.org]).first { $0.text == "岚图" })
    #expect(alias.scalarOffsets == 14..<16)
    guard case .org(let value) = alias.value else {
      Issue.record("not an organization value")
      return
    }
    #expect(value.kind == .finance)
  }

  @Test func definitionWithoutItsNameIsDropped() throws {
    let extractor = try EntityExtractor()
    let found = extractor.extract(from: "这个词（以下简称“岚图”）很常见。", kinds: [.org])
    #expect(found.isEmpty, "\(found.map(\.text))")
  }
}
