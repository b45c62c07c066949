import Testing
@testable import ZhExtract

/// Names shared by several divisions, and how context settles each.
struct PlaceAmbiguityTests {
  private func places(_ text: String) throws -> [(text: String, value: PlaceValue)] {
    try EntityExtractor().extract(from: text, kinds: [.place]).compactMap { entity in
      if case .place(let value) = entity.value { return (entity.text, value) }
      return nil
    }
  }

  /// (text, the ambiguous name, the code context gives it, the reason)
  @Test(arguments: [
    ("深圳市今年新开工项目中，龙华区占三成。", "龙华区", "440309", "a city named earlier in the text"),
    ("海口市龙华区与美兰区联合开展整治行动。", "龙华区", "460106", "the city right before it (a chain)"),
    ("南京市鼓楼区的学校开学了。", "鼓楼区", "320106", "chain"),
    ("福州的鼓楼区今年新建两所学校。", "鼓楼区", "350102", "a city named earlier in the text"),
    ("北京市朝阳区发布通知。", "朝阳区", "110105", "chain"),
    ("长春市朝阳区发布通知。", "朝阳区", "220104", "chain"),
    ("四川省乐山市沙湾区太平镇举办活动。", "太平镇", "511111102", "township inside its county (prefix)"),
  ])
  func contextSettles(_ text: String, _ name: String, _ code: String, _ reason: String) throws {
    let found = try places(text)
    let match = try #require(found.first { $0.text == name }, "\(text): \(found.map(\.text))")
    #expect(match.value.code == code, "\(reason)")
  }

  @Test func withoutContextEveryCandidateIsListed() throws {
    let found = try places("龙华区召开会议。")
    #expect(found.map(\.text) == ["龙华区"])
    #expect(found[0].value.code == nil)
    #expect(Set(found[0].value.candidates) == ["440309", "460106"])
    let drum = try places("鼓楼区召开会议。")
    #expect(drum[0].value.candidates.count == 4)
  }

  @Test func provinceWinsAShortNameAlsoUsedBelow() throws {
    // 海南 is the province and the short name of 海南藏族自治州 (632500).
    let found = try places("海南的游客越来越多。")
    #expect(found.map(\.value.code) == ["460000"])
  }
}
