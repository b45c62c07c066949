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
    let fields: [String: JSONObjectReader.Field]
    do {
      fields = try JSONObjectReader.fields(of: bytes, named: ["id", "text", "reference_date", "ref_time"])
    } catch .notAnObject {
      return .failure(Problem(id: nil, message: "expected a JSON object with \"id\" and \"text\""))
    } catch {
      return .failure(Problem(id: nil, message: "malformed JSON"))
    }
    let id = fields["id"].map(jsonID)
    guard case .string(let text) = fields["text"] else {
      return .failure(Problem(id: id, message: "missing string field \"text\""))
    }
    // A reference_date that is not a string hides ref_time, as an absent one does not.
    var reference: String?
    if case .string(let date) = fields["reference_date"] ?? fields["ref_time"] { reference = date }
    return .success(
      JSONLRecord(id: id ?? .other("null"), text: text, referenceDate: reference.flatMap { CalendarDay(iso: String($0.prefix(10))) }))
  }

  private static func jsonID(_ field: JSONObjectReader.Field) -> JSONID {
    switch field {
    case .string(let text): .string(text)
    case .other(let written): .other(written)
    }
  }
}
