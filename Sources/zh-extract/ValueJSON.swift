import Foundation
import ZhExtract

/// Entity values as JSON, written by hand: the generic encoder took a quarter of the CLI's
/// time. Keys and order are those of each value's `Encodable` output with sorted keys (a test
/// compares the two). Dates write `{"end", "granularity", "start", "timex"}`; score.py takes
/// `timex` as the value (see `DateValue`).
enum ValueJSON {
  static func render(_ value: EntityValue) -> String {
    switch value {
    case .money(let money): render(money)
    case .date(let date): render(date)
    case .place(let place): render(place)
    case .org(let org): render(org)
    case .percent(let percent): JSONText.quoted(percent.value + "%")
    case .none: "null"
    }
  }

  static func render(_ date: DateValue) -> String {
    var fields: [String] = []
    if let end = date.end { fields.append("\"end\":\(JSONText.quoted(end))") }
    fields.append("\"granularity\":\"\(date.granularity.rawValue)\"")
    if let start = date.start { fields.append("\"start\":\(JSONText.quoted(start))") }
    fields.append("\"timex\":\(JSONText.quoted(date.timex))")
    return "{" + fields.joined(separator: ",") + "}"
  }

  static func render(_ place: PlaceValue) -> String {
    var fields: [String] = []
    if !place.candidates.isEmpty {
      fields.append("\"candidates\":[" + place.candidates.map(JSONText.quoted).joined(separator: ",") + "]")
    }
    if !place.chain.isEmpty { fields.append("\"chain\":\(JSONText.quoted(place.chain.joined(separator: " / ")))") }
    if let code = place.code { fields.append("\"code\":\(JSONText.quoted(code))") }
    fields.append("\"kind\":\"\(place.kind.rawValue)\"")
    if let level = place.level { fields.append("\"level\":\(level)") }
    return "{" + fields.joined(separator: ",") + "}"
  }

  static func render(_ org: OrganizationValue) -> String {
    var fields = ["\"kind\":\"\(org.kind.rawValue)\""]
    if let code = org.placeCode { fields.append("\"placeCode\":\(JSONText.quoted(code))") }
    return "{" + fields.joined(separator: ",") + "}"
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
