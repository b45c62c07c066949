import Testing
@testable import ZhExtract

/// World regions before `地区`, county short names that spell a word together, suffix words
/// before a more frequent word, seas before zone words, a chain over a crossing word, company
/// stems before zone words, and abbreviations written as a list: sentences written for these
/// tests.
struct PlaceRegionZoneListTests {
  private func places(_ text: String) throws -> [(text: String, value: PlaceValue)] {
    try EntityExtractor().extract(from: text, kinds: [.place]).compactMap { entity in
      if case .place(let value) = entity.value { return (entity.text, value) }
      return nil
    }
  }

  @Test func worldRegionKeepsDistrictWordOut() throws {
    let found = try places("东亚地区的贸易和西北地区的农业都在增长。")
    #expect(found.map(\.text) == ["东亚", "西北地区"])
    #expect(found.map(\.value.kind) == [.region, .region])
    #expect(try places("中东地区局势紧张。").map(\.text) == ["中东"])
  }

  @Test func twoCountyShortNamesSpellingAWordAreNoChain() throws {
    #expect(try places("让村民们安居乐业。").isEmpty)
  }

  @Test func suffixWordBeforeMoreFrequentWordStaysWithTheName() throws {
    let found = try places("西藏自治区长期坚持生态保护。")
    #expect(found.map(\.text) == ["西藏自治区"])
    #expect(found.map(\.value.code) == ["540000"])
    // The suffix word still cuts the name where nothing more frequent follows.
    #expect(try places("北京市长会见了客人。").map(\.text) == ["北京"])
  }

  @Test func chineseSeaBeforeZoneWord() throws {
    let found = try places("论坛在南海新区举行，威海南海新区的企业参加。")
    #expect(found.map(\.text) == ["南海新区", "威海南海新区"])
    #expect(found.map(\.value.kind) == [.zone, .zone])
    // After an ocean, the zone word names a building.
    #expect(try places("大西洋新城的售楼处开放。").map(\.text) == ["大西洋"])
  }

  @Test func divisionOfTheChainOverCrossingWord() throws {
    let found = try places("公司将在武汉江夏经济开发区成立子公司。")
    #expect(found.map(\.text) == ["武汉江夏经济开发区"])
    #expect(found[0].value.kind == .zone)
    let chain = try places("公司落户武汉江夏。")
    #expect(chain.map(\.text) == ["武汉", "江夏"])
    #expect(chain.map(\.value.code) == ["420100", "420115"])
  }

  @Test func jointBeforeEconomicParkWord() throws {
    let found = try places("吉林与浙江共建吉浙新经济园区。")
    #expect(found.map(\.text) == ["吉林", "浙江", "吉浙新经济园区"])
    #expect(found[2].value.kind == .zone)
  }

  @Test func companyStemBeforeZoneWordIsNoZone() throws {
    #expect(try places("深圳宝能经贸科技城开工。").map(\.text) == ["深圳"])
    // A stem that is a word is a zone's own name.
    let zone = try places("杭州未来科技城开工。")
    #expect(zone.map(\.text) == ["杭州未来科技城"])
    #expect(zone[0].value.kind == .zone)
  }

  @Test func abbreviationsWrittenAsAList() throws {
    let cities = try places("代表团会见了津、杭两市的副市长。")
    #expect(cities.map(\.text) == ["津", "杭"])
    #expect(cities.map(\.value.code) == ["120000", "330100"])
    let sides = try places("俄、法、德三方协作。")
    #expect(sides.map(\.text) == ["俄", "法", "德"])
    #expect(sides.map(\.value.code) == ["RU", "FR", "DE"])
    // Directions, a list whose first member is no abbreviation, and no word of places after.
    #expect(try places("东、西两地").isEmpty)
    #expect(try places("孟、巴、印三国").isEmpty)
    #expect(try places("中、英文版本").isEmpty)
  }

  @Test func opticsValleyIsAZone() throws {
    let found = try places("总部位于武汉光谷的企业。")
    #expect(found.map(\.text) == ["武汉光谷"])
    #expect(found[0].value.kind == .zone)
  }

  @Test func genericShortNameNeedsItsSuffix() throws {
    #expect(try places("丽江古城的夜晚很热闹。").map(\.text) == ["丽江"])
    let full = try places("丽江市古城区的街道。")
    #expect(full.map(\.text) == ["丽江市", "古城区"])
    #expect(full.map(\.value.code) == ["530700", "530702"])
  }

  @Test func foreignStateOfTwoCharactersNeedsItsSuffix() throws {
    #expect(try places("立博凯比值错位排列。").isEmpty)
    // Japan's prefectures go without their suffix.
    let found = try places("长野的冬奥会场馆。")
    #expect(found.map(\.text) == ["长野"])
    #expect(found[0].value.code == "JP")
  }

  @Test func wordsSpelledByAbbreviationsAreNoJoint() throws {
    #expect(try places("周末的米兰德比之战。").map(\.text) == ["米兰"])
    #expect(try places("在海边看落日美景。").isEmpty)
    #expect(try places("产业发展再上新台阶。").isEmpty)
  }
}
