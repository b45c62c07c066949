import Foundation
import Testing
@testable import ZhExtract

/// Money inside sentences: span edges, bounds from the words around, implied currency, and the
/// words that look like money but are not.
struct MoneyInContextTests {
  let extractor: EntityExtractor

  init() throws { extractor = try EntityExtractor() }

  func money(_ text: String) -> [(String, MoneyValue)] {
    extractor.extract(from: text, kinds: [.money]).compactMap { entity in
      if case .money(let value) = entity.value { return (entity.text, value) }
      return nil
    }
  }

  @Test(arguments: [
    ("项目总投资170亿元，建设周期三年。", "170亿元", MoneyValue.Bound.exact),
    ("全年营收达51亿元，同比增长。", "51亿元", .exact),
    ("合同金额约3.2亿元。", "3.2亿元", .approx),
    ("项目投资超过20亿元。", "20亿元", .atLeast),
    ("销售额突破千万元大关。", "千万元", .atLeast),
    ("单笔补贴不足5000元。", "5000元", .atMost),
    ("带动村民年增收5000元左右。", "5000元", .approx),
    ("奖励金额在100万元以上。", "100万元", .atLeast),
  ])
  func boundWordsStayOutsideTheSpan(_ text: String, _ span: String, _ bound: MoneyValue.Bound) throws {
    let found = money(text)
    try #require(found.count == 1, "\(text): \(found.map(\.0))")
    #expect(found[0].0 == span)
    #expect(found[0].1.bound == bound)
  }

  @Test func impliedCurrencyNeedsAMoneyWord() throws {
    let found = money("此次签约项目共12个，引资50亿，产业基金规模达50亿。")
    #expect(found.map(\.0) == ["50亿", "50亿"])
    #expect(found.allSatisfy { $0.1.implied && $0.1.currency == "CNY" && $0.1.amount == 5_000_000_000 })
    #expect(money("打造“500亿园区”，力争过千亿。").isEmpty)
    #expect(money("全市常住人口达50万人。").isEmpty)
  }

  @Test(arguments: [
    "长三角一体化发展。", "推动产业多元化。", "元旦假期客流增长。", "公元前221年。", "他只差5分就满分。",
    "亿万富翁的故事。", "住在3单元502室。", "二元论的哲学。", "价值观的多元性。", "千万不要大意。",
    "第三角度看问题。", "万一出现意外。",
  ])
  func negatives(_ text: String) {
    #expect(money(text).isEmpty, "\(text): \(money(text).map(\.0))")
  }

  @Test func wordPrefixStaysOutWhenASuffixNamesTheCurrency() throws {
    let found = money("折合人民币四百万元，另有价值５０万人民币的物资。")
    #expect(found.map(\.0) == ["四百万元", "５０万人民币"])
  }

  @Test func rangesWithTwoCurrenciesAreTwoAmounts() throws {
    #expect(money("水费由14元—17元下降到10元左右。").map(\.0) == ["14元", "17元", "10元"])
  }

  @Test func offsetsAreCodePointsAndUTF8() throws {
    let text = "𠀋总投资170亿元"  // a supplementary-plane character first
    let entity = try #require(extractor.extract(from: text, kinds: [.money]).first)
    #expect(entity.scalarOffsets == 4..<9)
    #expect(entity.utf8Offsets == 13..<22)
    #expect(String(text[entity.range]) == "170亿元")
  }

  @Test func wholeStringParserReadsFormFields() throws {
    let cases: [(String, String?, String?, String?)] = [
      ("约4.287亿美元", "428700000", nil, nil), ("三百万", "3000000", nil, nil), ("1万元--5万元", nil, "10000", "50000"),
      ("人民币数十亿元", nil, "1000000000", "10000000000"), ("30w上下", "300000", nil, nil),
    ]
    for (text, amount, low, high) in cases {
      let value = try #require(MoneyParser.parse(text), "\(text)")
      #expect(value.amount == amount.flatMap { Decimal(string: $0) }, "\(text)")
      #expect(value.low == low.flatMap { Decimal(string: $0) }, "\(text)")
      #expect(value.high == high.flatMap { Decimal(string: $0) }, "\(text)")
    }
  }
}
