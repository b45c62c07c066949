import Testing
@testable import ZhExtract

/// Joints of Chinese division abbreviations, zones written with their place, regions with
/// `地区`, and county short names in lists: sentences written for these tests.
struct PlaceJointAndZoneTests {
  private func places(_ text: String) throws -> [(text: String, value: PlaceValue)] {
    try EntityExtractor().extract(from: text, kinds: [.place]).compactMap { entity in
      if case .place(let value) = entity.value { return (entity.text, value) }
      return nil
    }
  }

  @Test func divisionPairBeforeWordOfRelations() throws {
    let found = try places("福建代表团抵达银川，闽宁协作再上台阶。")
    #expect(found.map(\.text) == ["福建", "银川", "闽", "宁"])
    #expect(found.map(\.value.code) == ["350000", "640100", "350000", "640000"])
    // A word of relations alone, with neither place named: no joint.
    #expect(try places("闽宁协作再上台阶。").isEmpty)
  }

  @Test func cityPairWhenBothCitiesAreNamed() throws {
    let found = try places("杭州与衢州签约，杭衢两地携手。")
    #expect(found.map(\.text) == ["杭州", "衢州", "杭", "衢"])
    #expect(found.map(\.value.code) == ["330100", "330800", "330100", "330800"])
    // Only one of the two named, and no word of relations: no joint.
    #expect(try places("杭州的企业走进杭衢的山区。").map(\.text) == ["杭州"])
  }

  @Test func readingChosenByTheText() throws {
    // 宁 is 宁夏 in general, 南京 beside 南京 and 马鞍山.
    let found = try places("南京至马鞍山的宁马城际铁路开工。")
    #expect(found.map(\.text) == ["南京", "马鞍山", "宁", "马"])
    #expect(found.map(\.value.code) == ["320100", "340500", "320100", "340500"])
  }

  @Test func runOfCitiesBeforeWordOfRelations() throws {
    let found = try places("商合杭高铁全线贯通。")
    #expect(found.map(\.text) == ["商", "合", "杭"])
    #expect(found.map(\.value.code) == ["411400", "340100", "330100"])
  }

  @Test func wordsOfAbbreviationCharactersStayWords() throws {
    #expect(try places("杭州人宁可多走几步，也要和衢州人合作。").map(\.text) == ["杭州", "衢州"])
    #expect(try places("深圳和哈尔滨的深度合作。").map(\.text) == ["深圳", "哈尔滨"])
  }

  @Test func jointBeforeZoneWord() throws {
    let found = try places("江西和广东共建赣粤产业合作区。")
    #expect(found.map(\.text) == ["江西", "广东", "赣粤产业合作区"])
    #expect(found[2].value.kind == .zone)
  }

  @Test func cityShortFormWithSuffix() throws {
    let found = try places("哈市与深圳签署协议。")
    #expect(found.map(\.text) == ["哈市", "深圳"])
    #expect(found[0].value.code == "230100")
    #expect(try places("群众高呼市民万岁。").isEmpty)
  }

  @Test func zoneCarriesItsPlace() throws {
    let found = try places("天津滨海新区与广州南沙新区签约，嘉兴南湖新区同时揭牌。")
    #expect(found.map(\.text) == ["天津滨海新区", "广州南沙新区", "嘉兴南湖新区"])
    #expect(found.map(\.value.kind) == [.zone, .zone, .zone])
    // A chain of divisions before a long name stays a chain.
    #expect(try places("北京市丰台区某某广场文化产业园开业。").map(\.text).prefix(2) == ["北京市", "丰台区"])
  }

  @Test func zoneNamedByTwoPlacesOrPartners() throws {
    #expect(try places("双方签订昆山沭阳产业合作园区协议。").map(\.text) == ["昆山沭阳产业合作园区"])
    #expect(try places("加快建设中国—东盟经贸合作区。").map(\.text) == ["中国—东盟经贸合作区"])
    #expect(try places("推进中国·老挝农业合作区建设。").map(\.text) == ["中国·老挝农业合作区"])
    // A dash before no zone word: the place alone.
    #expect(try places("中国—东盟博览会开幕。").map(\.text) == ["中国"])
  }

  @Test func zoneWordsOfNewUrbanAreas() throws {
    #expect(try places("湖州南太湖新区和杭州未来科技城。").map(\.text) == ["湖州南太湖新区", "杭州未来科技城"])
    // After a sea or an ocean a zone word names a building estate.
    #expect(try places("大西洋新城开盘。").map(\.text) == ["大西洋"])
  }

  @Test func regionWithDistrictWord() throws {
    let found = try places("华北地区和长三角地区的企业，以及粤北生态发展区。")
    #expect(found.map(\.text) == ["华北地区", "长三角地区", "粤北生态发展区"])
    #expect(found.map(\.value.kind) == [.region, .region, .zone])
    // A division keeps 地区 out.
    #expect(try places("北京地区的考生").map(\.text) == ["北京"])
  }

  @Test func countyShortNamesInAList() throws {
    let found = try places("昆山、太仓、常熟三地联动，太仓的港口最忙。")
    #expect(found.map(\.text) == ["昆山", "太仓", "常熟", "太仓"])
    #expect(found.map(\.value.code) == ["320583", "320585", "320581", "320585"])
    // One county short name on its own stays out.
    #expect(try places("他在太仓工作。").isEmpty)
  }

  @Test func longerNameEndingInAWordDoesNotSplitADivision() throws {
    #expect(try places("山东济南非法集资案宣判。").map(\.text) == ["山东", "济南"])
  }
}
