import Testing
@testable import ZhExtract

/// The public lookup API and the loaded tables.
struct PlaceGazetteerTests {
  let gazetteer = PlaceGazetteer.shared

  @Test func namesToDivisions() {
    #expect(Set(gazetteer.places(named: "龙华区").compactMap(\.code)) == ["440309", "460106"])
    #expect(gazetteer.places(named: "梅州").map(\.code) == ["441400"])
    #expect(gazetteer.places(named: "襄樊").map(\.code) == ["420600"])
    #expect(gazetteer.places(named: "柬埔寨").map(\.code) == ["KH"])
    #expect(gazetteer.places(named: "不存在的地方").isEmpty)
  }

  @Test func codesToChains() {
    #expect(gazetteer.chain(code: "441402") == ["广东省", "梅州市", "梅江区"])
    #expect(gazetteer.chain(code: "110105") == ["北京市", "朝阳区"])
    #expect(gazetteer.chain(code: "441481124") == ["广东省", "梅州市", "兴宁市", "石马镇"])
    #expect(gazetteer.chain(code: "999999") == nil)
    #expect(gazetteer.place(code: "CN")?.kind == .country)
    #expect(gazetteer.place(code: "500157")?.chain == ["重庆市", "两江新区"])
  }

  @Test func tableSizes() {
    let counts = gazetteer.counts
    // MCA 2025-12-31: 33 + 333 + 2,845 + 38,723 divisions, plus Taiwan's province and cities.
    #expect((counts[.division] ?? 0) >= 41_934)
    #expect((counts[.country] ?? 0) >= 240)
    #expect(gazetteer.loadTime < 1)
  }

  @Test func longestPlaceAndChainAtAnOffset() {
    let text = ScalarText("位于深圳市龙华区人民政府")
    let hit = gazetteer.longestPlace(in: text, at: 2)
    #expect(hit?.length == 3)
    let chain = gazetteer.placeChain(in: text, at: 2)
    #expect(chain?.length == 6)
    #expect(chain?.code == "440309")
  }
}
