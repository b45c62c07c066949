import Testing
@testable import ZhExtract

/// Words that hold a place name's characters but name no place.
struct PlaceNegativeTests {
  @Test(arguments: [
    "双方在合作中取得成果。", "系统发送了新密码。", "他身穿一套深色中山装。", "南台山风景秀丽。", "东区和城区的居民都来了。",
    "更高要求摆在面前。", "各级党委和政府高度重视。", "人民和平安宁。", "发展中国家代表发言。",
    "我国本市当地两地的情况", "这个城市的园区不大。", "中西部地区的收入", "新华日报发表评论",
  ])
  func noPlace(_ text: String) throws {
    let found = try EntityExtractor().extract(from: text, kinds: [.place])
    #expect(found.filter { !["中西部", "西部"].contains($0.text) }.isEmpty, "\(text): \(found.map(\.text))")
  }
}

/// Random text built from the characters place names are made of: no crash, spans inside the
/// text, in order, without overlap, and every value well formed.
struct PlacePropertyTests {
  @Test func randomPlaceCharacters() throws {
    let alphabet = Array("中美港澳台京津冀北上广深哈省市县区镇乡街道梅州兴宁龙华新疆西藏自治区(（）)、的和在访方产业园高新区石马永和东城")
    var generator = SystemRandomNumberGenerator()
    let extractor = try EntityExtractor()
    for _ in 0..<300 {
      let length = Int.random(in: 0...40, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      let found = extractor.extract(from: text, kinds: [.place])
      let count = text.unicodeScalars.count
      var last = 0
      for entity in found {
        #expect(entity.scalarOffsets.lowerBound >= last && entity.scalarOffsets.upperBound <= count, "\(text)")
        last = entity.scalarOffsets.upperBound
        guard case .place(let value) = entity.value else {
          Issue.record("not a place value: \(text)")
          continue
        }
        if value.kind == .division, let code = value.code { #expect(code.count == 6 || code.count == 9, "\(text)") }
      }
    }
  }
}
