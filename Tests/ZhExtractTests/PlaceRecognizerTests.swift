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
    let found = try places("梅州高新区和深哈产业园签约，深圳(哈尔滨)产业园与梅州预制菜产业园开工。")
    #expect(found.map(\.text) == ["梅州高新区", "深哈产业园", "深圳(哈尔滨)产业园", "梅州预制菜产业园"])
    #expect(found.map(\.value.kind) == [.zone, .zone, .zone, .zone])
    #expect(found[3].value.chain == ["梅州预制菜产业园"])
    // A verb between the place and the zone word: the place alone.
    #expect(try places("梅州建设产业园。").map(\.text) == ["梅州"])
  }

  @Test func runsOfCityAbbreviations() throws {
    let found = try places("北上广的房价")
    #expect(found.map(\.text) == ["北", "上", "广"])
    #expect(found.map(\.value.code) == ["110000", "310000", "440100"])
    #expect(try places("大军北上抗日").isEmpty)
  }

  @Test func jointAbbreviationsSplitPerCharacter() throws {
    let found = try places("中美两国元首通话，港澳同胞积极参与，京津冀协同发展。")
    #expect(found.map(\.text) == ["中", "美", "港", "澳", "京津冀"])
    #expect(found.map(\.value.code) == ["CN", "US", "810000", "820000", nil])
    #expect(found[4].value.kind == .region)
  }

  @Test func jointAbbreviationBeforeTrainsIsNotTheRegion() throws {
    let found = try places("中欧班列开行量增长，中欧国家积极参与。")
    #expect(found.map(\.text) == ["中", "欧", "中欧"])
    #expect(found.map(\.value.kind) == [.country, .region, .region])
    #expect(found.map(\.value.chain) == [["中国"], ["欧洲"], ["中欧"]])
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
    let found = try places("深圳(龙华)举行签约仪式。")
    #expect(found.map(\.text) == ["深圳", "龙华"])
    #expect(found.map(\.value.code) == ["440300", "440309"])
  }

  @Test func facilityKeepsItsAdministrativePrefix() throws {
    let found = try places("梅州市兴宁市永和镇湿地公园开园。")
    #expect(found.map(\.text) == ["梅州市", "兴宁市", "永和镇"])
    #expect(found[2].value.chain == ["广东省", "梅州市", "兴宁市", "永和镇"])
  }
}

/// Word boundaries, former names and foreign places.
struct PlaceBoundaryTests {
  private func places(_ text: String) throws -> [String] {
    try EntityExtractor().extract(from: text, kinds: [.place]).compactMap { entity in
      if case .place(let value) = entity.value { return "\(entity.text)=\(value.code ?? value.kind.rawValue)" }
      return nil
    }
  }

  @Test(arguments: [
    ("沿海地区经济发展较快。", [String]()),  // 沿海 outweighs 海地 (Haiti)
    ("日本国民对此表示关注。", ["日本=JP"]),  // 日本 + 国民
    ("北京市政协召开会议。", [String]()),
    ("杭州西湖区龙井村一带民宿很多。", ["杭州=330100", "西湖区=330106"]),  // 龙井村 is a village, not 龙井市
    ("中国与新加坡签署协议。", ["中国=CN", "新加坡=SG"]),  // the country, not its city  // an organisation: the place inside it is not reported
    ("德国内政部长发表讲话。", ["德国=DE"]),
    ("印尼盾汇率继续下跌。", [String]()),
    ("延边的朝鲜族群众欢度节日。", ["延边=222400"]),
    ("大城市的交通压力很大。", [String]()),
    ("安徽省和县的村民和县长座谈。", ["安徽省=340000", "和县=340523"]),
    ("延庆县当年改为延庆区。", ["延庆县=110119", "延庆区=110119"]),
    ("代表团访问了日本长野县和加拿大渥太华市。", ["日本=JP", "长野县=JP", "加拿大=CA", "渥太华市=CA"]),
    ("中俄建设面向新世纪的伙伴关系。", ["中=CN", "俄=RU"]),
    ("船只驶入东京湾，沿渥太华河而上。", ["东京湾=region", "渥太华河=region"]),
    ("北京山区的村庄", ["北京=110000"]),
    ("松花江江面上结了冰", ["松花江=region"]),
    ("关于中非合作的论坛", ["中=CN", "非=region"]),
    ("歌手刘德华在香港演出。", ["香港=810000"]),
    ("外长访华期间，中方表示欢迎。", ["华=CN", "中=CN"]),
  ])
  func boundaries(_ text: String, _ expected: [String]) throws {
    #expect(try places(text) == expected, "\(text)")
  }
}
