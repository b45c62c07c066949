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
      out.add("\"")
      JSONText.appendEscaped(percent.value, to: &out)
      out.add("%\"")
    case .none: out.add("null")
    }
  }

  static func append(_ date: DateValue, to out: inout OutputBytes) {
    out.add("{")
    if let end = date.end {
      out.add("\"end\":")
      JSONText.appendQuoted(end, to: &out)
      out.add(",")
    }
    out.add("\"granularity\":\"")
    out += date.granularity.rawValue
    out.add("\",")
    if let start = date.start {
      out.add("\"start\":")
      JSONText.appendQuoted(start, to: &out)
      out.add(",")
    }
    out.add("\"timex\":")
    JSONText.appendQuoted(date.timex, to: &out)
    out.add("}")
  }

  static func append(_ place: PlaceValue, to out: inout OutputBytes) {
    out.add("{")
    if !place.candidates.isEmpty {
      out.add("\"candidates\":[")
      for (index, candidate) in place.candidates.enumerated() {
        if index > 0 { out.add(",") }
        JSONText.appendQuoted(candidate, to: &out)
      }
      out.add("],")
    }
    if !place.chain.isEmpty {
      out.add("\"chain\":\"")
      for (index, name) in place.chain.enumerated() {
        if index > 0 { out.add(" / ") }
        JSONText.appendEscaped(name, to: &out)
      }
      out.add("\",")
    }
    if let code = place.code {
      out.add("\"code\":")
      JSONText.appendQuoted(code, to: &out)
      out.add(",")
    }
    out.add("\"kind\":\"")
    out += place.kind.rawValue
    out.add("\"")
    if let level = place.level {
      out.add(",\"level\":")
      out += String(level)
    }
    out.add("}")
  }

  static func append(_ org: OrganizationValue, to out: inout OutputBytes) {
    out.add("{\"kind\":\"")
    out += org.kind.rawValue
    out.add("\"")
    if let code = org.placeCode {
      out.add(",\"placeCode\":")
      JSONText.appendQuoted(code, to: &out)
    }
    out.add("}")
  }

  /// Same keys and order as `MoneyValue`'s `Encodable` output with sorted keys.
  static func append(_ money: MoneyValue, to out: inout OutputBytes) {
    out.add("{")
    if let amount = money.amount { out += "\"amount\":\"\(amount)\"," }
    out.add("\"bound\":\"")
    out += money.bound.rawValue
    out.add("\"")
    if let currency = money.currency {
      out.add(",\"currency\":")
      JSONText.appendQuoted(currency, to: &out)
    }
    if let high = money.high { out += ",\"high\":\"\(high)\"" }
    if money.implied { out += ",\"implied\":true" }
    if let low = money.low { out += ",\"low\":\"\(low)\"" }
    out.add("}")
  }
}
