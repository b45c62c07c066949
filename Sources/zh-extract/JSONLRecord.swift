import Foundation
import ZhExtract

/// A JSON value used as a document id: kept as it was written.
enum JSONID: Sendable {
  case string(String)
  case other(String)  // any other JSON, serialised

  var json: String {
    switch self {
    case .string(let text): JSONText.quoted(text)
    case .other(let raw): raw
    }
  }
}

/// One input line of `--input jsonl`.
struct JSONLRecord {
  let id: JSONID
  let text: String
  /// A per-line reference date: `"reference_date": "2023-08-25"` (or `"ref_time"`, whose
  /// date part is used, as in the spec suites).
  let referenceDate: CalendarDay?

  struct Problem: Error {
    let id: JSONID?
    let message: String
  }

  static func parse(_ bytes: [UInt8]) -> Result<JSONLRecord, Problem> {
    if let offset = TextDecoding.firstInvalidUTF8(in: bytes) {
      return .failure(Problem(id: nil, message: "invalid UTF-8 at byte offset \(offset) of the line"))
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    } catch {
      return .failure(Problem(id: nil, message: "malformed JSON"))
    }
    guard let dictionary = object as? [String: Any] else {
      return .failure(Problem(id: nil, message: "expected a JSON object with \"id\" and \"text\""))
    }
    let id = dictionary["id"].map(jsonID)
    guard let text = dictionary["text"] as? String else {
      return .failure(Problem(id: id, message: "missing string field \"text\""))
    }
    let reference = (dictionary["reference_date"] ?? dictionary["ref_time"]) as? String
    return .success(
      JSONLRecord(id: id ?? .other("null"), text: text, referenceDate: reference.flatMap { CalendarDay(iso: String($0.prefix(10))) }))
  }

  private static func jsonID(_ value: Any) -> JSONID {
    if let text = value as? String { return .string(text) }
    if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) {
      return .other(String(decoding: data, as: UTF8.self))
    }
    return .other("null")
  }
}
