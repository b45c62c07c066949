import Testing
@testable import ZhExtract

/// A whole news page written for the tests (`Fixtures/news/longhua-cooperation.txt`): every
/// place, in order, with its 2025 code (or ISO code, or kind).
struct PlaceFixtureTests {
  @Test func longhuaCooperationPage() throws {
    let text = try FixtureFiles.text("news/longhua-cooperation.txt")
    let found = try EntityExtractor().extract(from: text, kinds: [.place]).compactMap { entity -> String? in
      guard case .place(let value) = entity.value else { return nil }
      return "\(entity.text)=\(value.code ?? value.kind.rawValue)"
    }
    #expect(
      found == [
        "深圳=440300", "龙华=440309", "梅州=441400", "兴宁=441481",
        "广东省=440000", "深圳市=440300", "龙华区=440309", "梅州市=441400", "兴宁市=441481",
        "兴宁市=441481", "石马镇=441481124", "龙华区=440309", "兴宁=441481",
        "龙华区=440309", "粤港澳大湾区=region", "深圳=440300", "梅州=441400", "长三角=region", "京津冀=region",
        "龙华区=440309", "柬埔寨=KH", "金边=KH", "俄罗斯=RU", "莫斯科=RU", "中=CN", "俄=RU",
        "兴宁市=441481", "永和镇=441481107", "雄安新区=zone", "海南自由贸易港=zone",
      ])
  }

  @Test(arguments: ["news/longhua-cooperation.txt", "news/meizhou-investment.txt"])
  func everyDivisionResolvesToItsChain(_ page: String) throws {
    let text = try FixtureFiles.text(page)
    let places = try EntityExtractor().extract(from: text, kinds: [.place])
    #expect(!places.isEmpty)
    for entity in places {
      guard case .place(let value) = entity.value, value.kind == .division, let code = value.code else { continue }
      #expect(PlaceGazetteer.shared.chain(code: code) == value.chain, "\(entity.text)")
      #expect(value.candidates.isEmpty, "\(entity.text)")
    }
  }
  /// The divisions of the other fixture pages, in order, with their 2025 codes (places inside
  /// organisation names, such as 四川省商务厅, belong to the organisation).
  @Test(arguments: [
    ("news/shenzhen-longhua-park.txt", ["龙华区=440309", "龙华区=440309", "深圳=440300", "龙华区=440309"]),
    ("news/hangzhou-lunar-festival.txt", [
      "杭州=330100", "杭州=330100", "拱墅区=330105", "上城区=330102", "西湖区=330106", "杭州市=330100",
      "滨江区=330108", "萧山区=330109", "杭州=330100", "杭州=330100", "杭州=330100",
    ]),
    ("news/chengdu-foreign-trade.txt", [
      "成都=510100", "成都=510100", "成都=510100", "双流区=510116", "郫都区=510117", "成都=510100",
    ]),
    // 中国建设银行河北省分行 is one organization: a branch keeps its place (contract).
    ("news/xiong-an-construction.txt", ["石家庄=130100", "北京市=110000", "天津市=120000", "河北省=130000"]),
  ])
  func fixtureDivisions(_ page: String, _ expected: [String]) throws {
    let text = try FixtureFiles.text(page)
    let divisions = try EntityExtractor().extract(from: text).compactMap { entity -> String? in
      guard case .place(let value) = entity.value, value.kind == .division, let code = value.code else { return nil }
      #expect(PlaceGazetteer.shared.chain(code: code) == value.chain, "\(entity.text)")
      return "\(entity.text)=\(code)"
    }
    #expect(divisions == expected)
  }
}
