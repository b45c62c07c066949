import Testing
@testable import ZhExtract

/// Words that hold a place name's characters but name no place.
struct PlaceNegativeTests {
  @Test(arguments: [
    "双方在合作中取得成果。", "系统发送了新密码。", "南台山风景秀丽。", "东区和城区的居民都来了。",
    "更高要求摆在面前。", "各级党委和政府高度重视。", "人民和平安宁。", "发展中国家代表发言。",
    "我国本市当地两地的情况", "这个城市的园区不大。", "中西部地区的收入", "新华日报发表评论",
  ])
  func noPlace(_ text: String) throws {
    let found = try EntityExtractor().extract(from: text, kinds: [.place])
    #expect(found.filter { !["中西部", "西部"].contains($0.text) }.isEmpty, "\(text): \(found.map(\.text))")
  }
}
