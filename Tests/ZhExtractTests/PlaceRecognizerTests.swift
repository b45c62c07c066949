import Testing
@testable import ZhExtract

/// Places in news-style sentences written for these tests: exact spans and values.
struct PlaceRecognizerTests {
  private func places(_ text: String) throws -> [(text: String, value: PlaceValue)] {
    try EntityExtractor().extract(from: text, kinds: [.place]).compactMap { entity in
      if case .place(let value) = entity.value { return (entity.text, value) }
      return nil
    }
  }

  @Test func chainIsOneSpanPerName() throws {
    let found = try places("广东省梅州市梅江区举行新闻发布会。")
    #expect(found.map(\.text) == ["广东省", "梅州市", "梅江区"])
    #expect(found.map(\.value.code) == ["440000", "441400", "441402"])
    #expect(found[2].value.chain == ["广东省", "梅州市", "梅江区"])
    #expect(found.map(\.value.level) == [1, 2, 3])
  }

  @Test func townResolvedInsideItsCounty() throws {
    let found = try places("记者从梅州兴宁市石马镇获悉，当地茶叶丰收。")
    #expect(found.map(\.text) == ["梅州", "兴宁市", "石马镇"])
    #expect(found.map(\.value.code) == ["441400", "441481", "441481124"])
    #expect(found[2].value.chain == ["广东省", "梅州市", "兴宁市", "石马镇"])
    #expect(found[2].value.level == 4)
  }

  @Test func shortNamesAndFormerNames() throws {
    let found = try places("襄樊改名为襄阳，内蒙古、新疆和黔南的代表出席。")
    #expect(found.map(\.text) == ["襄樊", "襄阳", "内蒙古", "新疆", "黔南"])
    #expect(found.map(\.value.code) == ["420600", "420600", "150000", "650000", "522700"])
  }

  @Test func foreignPlacesRegionsAndZones() throws {
    let found = try places("粤港澳大湾区和长三角的企业来到雄安新区，柬埔寨首都金边。")
    #expect(found.map(\.text) == ["粤港澳大湾区", "长三角", "雄安新区", "柬埔寨", "金边"])
    #expect(found.map(\.value.kind) == [.region, .region, .zone, .country, .city])
    #expect(found[3].value.code == "KH")
    #expect(found[4].value.code == "KH")
  }

  @Test func namedZoneAfterPlaces() throws {
    let found = try places("梅州高新区和深哈产业园签约。")
    #expect(found.map(\.text) == ["梅州高新区", "深哈产业园"])
    #expect(found.map(\.value.kind) == [.zone, .zone])
  }

  @Test func jointAbbreviationsSplitPerCharacter() throws {
    let found = try places("中美两国元首通话，港澳同胞积极参与，京津冀协同发展。")
    #expect(found.map(\.text) == ["中", "美", "港", "澳", "京津冀"])
    #expect(found.map(\.value.code) == ["CN", "US", "810000", "820000", nil])
    #expect(found[4].value.kind == .region)
  }

  @Test func jointAbbreviationTakesTheCountryReadingAbroad() throws {
    let found = try places("中澳双方签署协议。")
    #expect(found.map(\.text) == ["中", "澳"])
    #expect(found.map(\.value.code) == ["CN", "AU"])
  }

  @Test func suffixStartingAnotherWordLeavesTheShortName() throws {
    let found = try places("北京市长会见了俄罗斯客人。")
    #expect(found.map(\.text) == ["北京", "俄罗斯"])
    #expect(found.map(\.value.code) == ["110000", "RU"])
  }

  @Test func placesInParenthesesStaySeparate() throws {
    let found = try places("深圳(龙华)产业园区正式开园。")
    #expect(found.map(\.text) == ["深圳", "龙华"])
    #expect(found.map(\.value.code) == ["440300", "440309"])
  }

  @Test func facilityKeepsItsAdministrativePrefix() throws {
    let found = try places("梅州市兴宁市永和镇湿地公园开园。")
    #expect(found.map(\.text) == ["梅州市", "兴宁市", "永和镇"])
    #expect(found[2].value.chain == ["广东省", "梅州市", "兴宁市", "永和镇"])
  }
}
