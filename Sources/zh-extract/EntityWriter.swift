import Foundation
import ZhExtract

/// Writes entities in the chosen format to stdout, buffered.
struct EntityWriter {
  let format: Extract.Format
  let explain: Bool

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  func write(id: JSONID, entities: [Entity]) {
    switch format {
    case .jsonl:
      var line = "{\"id\":\(id.json),\"entities\":["
      for (index, entity) in entities.enumerated() {
        if index > 0 { line += "," }
        line += "{\"type\":\"\(entity.kind.rawValue)\",\"start\":\(entity.scalarOffsets.lowerBound),"
        line += "\"end\":\(entity.scalarOffsets.upperBound),\"text\":\(JSONText.quoted(entity.text)),"
        line += "\"value\":\(Self.valueJSON(entity.value))"
        if explain { line += ",\"rule\":\(JSONText.quoted(entity.rule))" }
        line += "}"
      }
      Output.write(line + "]}\n")
    case .tsv:
      for entity in entities {
        var fields = [
          id.plain, entity.kind.rawValue, "\(entity.scalarOffsets.lowerBound)", "\(entity.scalarOffsets.upperBound)",
          entity.text, Self.valueJSON(entity.value),
        ]
        if explain { fields.append(entity.rule) }
        Output.write(fields.map(JSONText.tsvField).joined(separator: "\t") + "\n")
      }
    case .text:
      for entity in entities {
        let rule = explain ? "  [\(entity.rule)]" : ""
        Output.write(
          "\(entity.kind.rawValue)\t\(entity.text)\t\(entity.scalarOffsets.lowerBound)-\(entity.scalarOffsets.upperBound)\t\(Self.valueJSON(entity.value))\(rule)\n"
        )
      }
    }
  }

  func writeError(id: JSONID, line: Int, message: String) {
    switch format {
    case .jsonl:
      Output.write("{\"id\":\(id.json),\"entities\":[],\"error\":{\"line\":\(line),\"message\":\(JSONText.quoted(message))}}\n")
    case .tsv, .text:
      break  // reported on stderr
    }
  }

  static func valueJSON(_ value: EntityValue) -> String {
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}

extension JSONID {
  /// The id as plain text for TSV and text output.
  var plain: String {
    if case .string(let text) = self { return text }
    return json
  }
}

/// JSON string quoting and TSV field cleaning.
enum JSONText {
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func tsvField(_ text: String) -> String {
    String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}

/// Buffered stdout.
enum Output {
  nonisolated(unsafe) private static var buffer: [UInt8] = []

  static func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count > 1 << 16 { flush() }
  }

  static func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
