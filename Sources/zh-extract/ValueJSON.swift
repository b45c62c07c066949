import Foundation
import ZhExtract

/// Entity values as JSON. Money, the most frequent value, is written by hand (the generic
/// encoder dominated the CLI's profile); other kinds go through `JSONEncoder` with sorted keys.
/// Dates encode as `{"end", "granularity", "start", "timex"}`; score.py takes `timex` as the
/// value (see `DateValue`).
enum ValueJSON {
  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  static func render(_ value: EntityValue) -> String {
    if case .money(let money) = value { return render(money) }
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }

  /// Same keys and order as `MoneyValue`'s `Encodable` output with sorted keys.
  static func render(_ money: MoneyValue) -> String {
    var fields: [String] = []
    if let amount = money.amount { fields.append("\"amount\":\"\(amount)\"") }
    fields.append("\"bound\":\"\(money.bound.rawValue)\"")
    if let currency = money.currency { fields.append("\"currency\":\(JSONText.quoted(currency))") }
    if let high = money.high { fields.append("\"high\":\"\(high)\"") }
    if money.implied { fields.append("\"implied\":true") }
    if let low = money.low { fields.append("\"low\":\"\(low)\"") }
    return "{" + fields.joined(separator: ",") + "}"
  }
}
