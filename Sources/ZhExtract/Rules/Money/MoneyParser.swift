public import Foundation

/// Reads a whole string that is known to be an amount of money (a form field, a table cell):
/// modifiers around it set the bound, a missing currency means yuan, and two amounts joined by
/// a connector are one range even when both carry a currency (`1万元--5万元`).
public enum MoneyParser {
  private static let recognizer = MoneyRecognizer()
  private static let extraBefore = WordList(["从", "大约"])
  private static let extraAfter = WordList(["人民币", "钱", "整"])
  private static let connectors = WordList(MoneyWords.rangeConnectors)

  /// The value of `string` as money, or nil when it is not one amount.
  public static func parse(_ string: String) -> MoneyValue? {
    let text = ScalarText(string.trimmingCharacters(in: .whitespacesAndNewlines))
    var start = 0
    var end = text.count
    var bound = MoneyValue.Bound.exact
    while true {
      if let before = recognizer.boundsBefore.match(in: text, at: start) {
        bound = before.payload
        start += before.length
      } else if let extra = extraBefore.match(in: text, at: start) {
        if extra.length == 2 { bound = .approx }
        start += extra.length
      } else {
        break
      }
    }
    while end > start {
      if let after = recognizer.boundsAfter.match(in: text, endingAt: end) {
        bound = after.payload
        end -= after.length
      } else if let extra = extraAfter.match(in: text, endingAt: end) {
        end -= extra.length
      } else {
        break
      }
    }
    let body = ScalarText(scalars: Array(text.scalars[start..<end]))
    guard var value = amount(in: body) else { return nil }
    if bound != .exact, value.bound == .exact {
      value = MoneyValue(amount: value.amount, low: value.low, high: value.high, currency: value.currency, bound: bound)
    }
    return value
  }

  private static func amount(in text: ScalarText) -> MoneyValue? {
    let context = DocumentContext(referenceDate: nil, kinds: [.money])
    if let found = recognizer.prefixed(in: text, at: 0) ?? recognizer.numbered(in: text, at: 0),
      case .money(let value) = found.value
    {
      if found.end == text.count { return value }
      var offset = found.end
      guard let connector = connectors.match(in: text, at: offset) else { return nil }
      offset += connector.length
      var rest: [Candidate] = []
      recognizer.collect(in: ScalarText(scalars: Array(text.scalars[offset...])), context: context, into: &rest)
      guard rest.count == 1, rest[0].start == 0, rest[0].end == text.count - offset, case .money(let high) = rest[0].value,
        let low = value.amount ?? value.low, let top = high.amount ?? high.high
      else { return nil }
      return MoneyValue(amount: nil, low: low, high: top, currency: high.currency ?? value.currency, bound: .exact)
    }
    // No currency: a number alone is an amount in yuan.
    guard let number = NumberParser.parse(text, at: 0), number.range.upperBound == text.count else { return nil }
    switch number.approximation {
    case .exact: return MoneyValue(amount: number.value, currency: "CNY")
    case .more: return MoneyValue(amount: number.value, low: number.low, high: number.high, currency: "CNY", bound: .atLeast)
    case .several: return MoneyValue(amount: nil, low: number.low, high: number.high, currency: "CNY", bound: .unknown)
    case .pair: return MoneyValue(amount: nil, low: number.low, high: number.high, currency: "CNY", bound: .approx)
    }
  }
}
