import Foundation
import Testing
@testable import ZhExtract

/// One expected value, many surface forms; each form is the whole input, so the entity must
/// span it exactly.
struct MoneyCorpusTests {
  struct Case: Sendable, CustomStringConvertible {
    let amount: String?
    let low: String?
    let high: String?
    let currency: String?
    let bound: MoneyValue.Bound
    let forms: [String]
    var description: String { forms.first ?? "" }

    init(_ amount: String, _ currency: String?, _ forms: [String]) { self.init(amount, currency, .exact, forms) }

    init(range low: String, _ high: String, _ currency: String?, _ forms: [String]) {
      self.init(range: low, high, currency, .exact, forms)
    }

    init(_ amount: String, _ currency: String?, _ bound: MoneyValue.Bound, _ forms: [String]) {
      (self.amount, low, high, self.currency, self.bound, self.forms) = (amount, nil, nil, currency, bound, forms)
    }

    init(range low: String, _ high: String, _ currency: String?, _ bound: MoneyValue.Bound, _ forms: [String]) {
      (amount, self.low, self.high, self.currency, self.bound, self.forms) = (nil, low, high, currency, bound, forms)
    }
  }

  static let corpus: [Case] = [
    Case("17000000000", "CNY", ["170亿元", "１７０亿元", "一百七十亿元", "170億元"]),
    Case("100000000", "CNY", ["亿元", "一亿元", "1亿元", "壹亿元"]),
    Case("10000", "CNY", ["万元", "一万元", "1万元", "10000元", "10,000元"]),
    Case("10000000", "CNY", ["千万元", "一千万元", "1000万元"]),
    Case("484000000", "CNY", ["４．８４亿元", "4.84亿元"]),
    Case("78000", "CNY", ["７·８万元", "7.8万元"]),
    Case("1200", "CNY", ["1,200元", "一千二百元", "壹仟贰佰元", "一千二百块"]),
    Case("5000000000", "USD", ["50亿美元", "五十亿美元", "50亿美金"]),
    Case("1.95", "HKD", ["1.95港元", "1.95港币"]),
    Case("300", "CNY", ["￥300", "¥300", "人民币300", "RMB300", "RMB 300"]),
    Case("20", "USD", ["US$20", "20美元"]),
    Case("3.5", "CNY", ["3元5角", "三元五角", "3块5毛", "3.5元"]),
    Case("50.63", "CNY", ["50元6角3分", "50元6角三分"]),
    Case("2.03", "USD", ["两美元又三美分"]),
    Case("8000", "EUR", ["8000欧元", "八千欧元"]),
    Case("3000000000000", "JPY", ["3万亿日元", "三万亿日元"]),
    Case("1000000", "GBP", ["100万英镑"]),
    Case("500", "KRW", ["500韩元"]),
    Case("2000000", "RUB", ["200万卢布"]),
    Case("10000", "MOP", ["1万澳门币", "1万澳门元"]),
    Case("5000", "TWD", ["5000新台币"]),
    Case("25000000", "CNY", .atLeast, ["2500多万元", "２５００多万元", "2500余万元"]),
    Case("1900", "CNY", ["壹仟玖佰圆整"]),
    Case("1000", "CNY", .approx, ["上千元"]),
    Case(range: "500000000", "1000000000", "CNY", ["5至10亿元", "5-10亿元", "5亿—10亿元", "五到十亿元", "５至１０亿元"]),
    Case(range: "10000", "50000", "CNY", ["1万(含)-5万元", "1万（含）—5万元"]),
    Case(range: "20000", "30000", "HKD", ["两到三万港元"]),
    Case(range: "100000000", "1000000000", "CNY", .unknown, ["数亿元"]),
    Case(range: "100000", "1000000", "CNY", .unknown, ["几十万元"]),
  ]

  @Test(arguments: corpus)
  func everyFormGivesTheValue(_ entry: Case) throws {
    let extractor = try EntityExtractor()
    for form in entry.forms {
      let entities = extractor.extract(from: form, kinds: [.money])
      try #require(entities.count == 1, "\(form): \(entities.map(\.text))")
      let entity = entities[0]
      #expect(entity.text == form)
      #expect(entity.scalarOffsets == 0..<form.unicodeScalars.count)
      guard case .money(let value) = entity.value else {
        Issue.record("\(form): not a money value")
        continue
      }
      #expect(value.amount == entry.amount.flatMap { Decimal(string: $0) }, "\(form) amount \(String(describing: value.amount))")
      if entry.low != nil {
        #expect(value.low == entry.low.flatMap { Decimal(string: $0) }, "\(form) low")
        #expect(value.high == entry.high.flatMap { Decimal(string: $0) }, "\(form) high")
      }
      #expect(value.currency == entry.currency, "\(form) currency")
      #expect(value.bound == entry.bound, "\(form) bound \(value.bound)")
    }
  }
}
