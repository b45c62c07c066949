import Foundation
import ZhExtract

/// Entity values as JSON, written by hand: the generic encoder took a quarter of the CLI's
/// time. Keys and order are those of each value's `Encodable` output with sorted keys (a test
/// compares the two). Dates write `{"end", "granularity", "start", "timex"}`; score.py takes
/// `timex` as the value (see `DateValue`).
enum ValueJSON {
  static func render(_ value: EntityValue) -> String {
    var text = OutputBytes()
    append(value, to: &text)
    return text.string
  }

  /// Appends the value's JSON to `out`: one buffer per output piece, no string per field.
  static func append(_ value: EntityValue, to out: inout OutputBytes) {
    switch value {
    case .money(let money): append(money, to: &out)
    case .date(let date): append(date, to: &out)
    case .place(let place): append(place, to: &out)
    case .org(let org): append(org, to: &out)
    case .percent(let percent):
      out += "\""
      JSONText.appendEscaped(percent.value, to: &out)
      out += "%\""
    case .none: out += "null"
    }
  }

  static func append(_ date: DateValue, to out: inout OutputBytes) {
    out += "{"
    if let end = date.end {
      out += "\"end\":"
      JSONText.appendQuoted(end, to: &out)
      out += ","
    }
    out += "\"granularity\":\""
    out += date.granularity.rawValue
    out += "\","
    if let start = date.start {
      out += "\"start\":"
      JSONText.appendQuoted(start, to: &out)
      out += ","
    }
    out += "\"timex\":"
    JSONText.appendQuoted(date.timex, to: &out)
    out += "}"
  }

  static func append(_ place: PlaceValue, to out: inout OutputBytes) {
    out += "{"
    if !place.candidates.isEmpty {
      out += "\"candidates\":["
      for (index, candidate) in place.candidates.enumerated() {
        if index > 0 { out += "," }
        JSONText.appendQuoted(candidate, to: &out)
      }
      out += "],"
    }
    if !place.chain.isEmpty {
      out += "\"chain\":\""
      for (index, name) in place.chain.enumerated() {
        if index > 0 { out += " / " }
        JSONText.appendEscaped(name, to: &out)
      }
      out += "\","
    }
    if let code = place.code {
      out += "\"code\":"
      JSONText.appendQuoted(code, to: &out)
      out += ","
    }
    out += "\"kind\":\""
    out += place.kind.rawValue
    out += "\""
    if let level = place.level {
      out += ",\"level\":"
      out += String(level)
    }
    out += "}"
  }

  static func append(_ org: OrganizationValue, to out: inout OutputBytes) {
    out += "{\"kind\":\""
    out += org.kind.rawValue
    out += "\""
    if let code = org.placeCode {
      out += ",\"placeCode\":"
      JSONText.appendQuoted(code, to: &out)
    }
    out += "}"
  }

  /// Same keys and order as `MoneyValue`'s `Encodable` output with sorted keys.
  static func append(_ money: MoneyValue, to out: inout OutputBytes) {
    out += "{"
    if let amount = money.amount { out += "\"amount\":\"\(amount)\"," }
    out += "\"bound\":\""
    out += money.bound.rawValue
    out += "\""
    if let currency = money.currency {
      out += ",\"currency\":"
      JSONText.appendQuoted(currency, to: &out)
    }
    if let high = money.high { out += ",\"high\":\"\(high)\"" }
    if money.implied { out += ",\"implied\":true" }
    if let low = money.low { out += ",\"low\":\"\(low)\"" }
    out += "}"
  }
}
