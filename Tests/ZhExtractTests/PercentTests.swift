import Testing
@testable import ZhExtract

struct PercentTests {
  @Test(arguments: [
    ("增长20%", "20%", "20"), ("增长２０．９％", "２０．９％", "20.9"), ("占百分之七十五", "百分之七十五", "75"),
    ("提高0.4个百分点", "0.4个百分点", "0.4"), ("近九成", "九成", "90"), ("享受八五折优惠", "八五折", "85"),
    ("千分之三的误差", "千分之三", "0.3"),
  ])
  func findsPercentages(_ text: String, _ span: String, _ value: String) throws {
    let entities = try EntityExtractor().extract(from: text, kinds: [.percent])
    try #require(entities.count == 1, "\(text): \(entities.map(\.text))")
    #expect(entities[0].text == span)
    #expect(entities[0].value == .percent(PercentValue(value: value, points: span.contains("百分点"))))
  }

  @Test(arguments: ["三五成群", "一成不变", "十成功率", "建成投产"])
  func negatives(_ text: String) throws {
    #expect(try EntityExtractor().extract(from: text, kinds: [.percent]).isEmpty, "\(text)")
  }
}
