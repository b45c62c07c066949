import Foundation
import ZhExtract

/// Renders entities in the chosen format. Rendering is pure (safe on worker threads); only
/// `Output` writes.
struct EntityWriter: Sendable {
  let format: Extract.Format
  let explain: Bool

  /// A document being written piece by piece (text input).
  struct Document {
    let id: JSONID
    var entityCount = 0
  }

  /// One JSONL record (or TSV/text lines) for a whole text, as UTF-8.
  func render(id: JSONID, entities: [Entity]) -> [UInt8] {
    var document = Document(id: id)
    var text = OutputBytes()
    text += header(id: id, encoding: nil)
    body(entities, base: 0, in: &document, to: &text)
    text += footer(error: nil)
    return text.bytes
  }

  func renderError(id: JSONID, line: Int, message: String) -> [UInt8] {
    guard format == .jsonl else { return [] }  // reported on stderr
    return Array("{\"id\":\(id.json),\"entities\":[],\"error\":{\"line\":\(line),\"message\":\(JSONText.quoted(message))}}\n".utf8)
  }

  func writeFailedDocument(id: JSONID, message: String) {
    guard format == .jsonl else { return }
    Output.write("{\"id\":\(id.json),\"entities\":[],\"error\":{\"message\":\(JSONText.quoted(message))}}\n")
  }

  func beginDocument(id: JSONID, encoding: String?) -> Document {
    Output.write(header(id: id, encoding: encoding))
    return Document(id: id)
  }

  /// A piece of a document's entity list, rendered on a worker thread (UTF-8, written as is).
  struct RenderedPiece: Sendable {
    var bytes: [UInt8]
    var count: Int
  }

  func renderPiece(_ entities: [Entity], base: Int, id: JSONID) -> RenderedPiece {
    var scratch = Document(id: id)
    var text = OutputBytes()
    body(entities, base: base, in: &scratch, to: &text)
    return RenderedPiece(bytes: text.bytes, count: entities.count)
  }

  func write(_ piece: RenderedPiece, in document: inout Document) {
    guard piece.count > 0 else { return }
    if format == .jsonl && document.entityCount > 0 { Output.write(",") }
    Output.write(piece.bytes)
    document.entityCount += piece.count
  }

  func endDocument(_ document: inout Document, error: String?) {
    Output.write(footer(error: error))
  }

  private func header(id: JSONID, encoding: String?) -> String {
    guard format == .jsonl else { return "" }
    let encodingField = encoding.map { "\"encoding\":\(JSONText.quoted($0))," } ?? ""
    return "{\"id\":\(id.json),\(encodingField)\"entities\":["
  }

  private func footer(error: String?) -> String {
    guard format == .jsonl else { return "" }
    let errorField = error.map { ",\"error\":{\"message\":\(JSONText.quoted($0))}" } ?? ""
    return "]\(errorField)}\n"
  }

  /// A rule's weight as `--explain` prints it: `1`, `0.8`.
  private static func weightText(_ entity: Entity) -> String {
    let weight = entity.weight
    return weight == weight.rounded() ? String(Int(weight)) : String(weight)
  }

  /// The entities' records, appended to `text`.
  private func body(_ entities: [Entity], base: Int, in document: inout Document, to text: inout OutputBytes) {
    text.bytes.reserveCapacity(text.bytes.count + entities.count * 128)
    let id = format == .tsv ? JSONText.tsvField(document.id.plain) : ""
    for entity in entities {
      let start = base + entity.scalarOffsets.lowerBound
      let end = base + entity.scalarOffsets.upperBound
      switch format {
      case .jsonl:
        if document.entityCount > 0 { text.add(",") }
        text.add("{\"type\":\"")
        text += entity.kind.rawValue
        text.add("\",\"start\":")
        text.append(start)
        text.add(",\"end\":")
        text.append(end)
        text.add(",\"text\":")
        JSONText.appendQuoted(entity.text, to: &text)
        text.add(",\"value\":")
        ValueJSON.append(entity.value, to: &text)
        if explain {
          text.add(",\"rule\":")
          JSONText.appendQuoted(entity.rule, to: &text)
          text.add(",\"weight\":")
          text += Self.weightText(entity)
        }
        text.add("}")
      case .tsv:
        text += id
        text.add("\t")
        text += entity.kind.rawValue
        text.add("\t")
        text.append(start)
        text.add("\t")
        text.append(end)
        text.add("\t")
        text += JSONText.tsvField(entity.text)
        text.add("\t")
        var value = OutputBytes()
        ValueJSON.append(entity.value, to: &value)
        if value.bytes.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
          text += JSONText.tsvField(value.string)
        } else {
          text.bytes += value.bytes
        }
        if explain {
          text.add("\t")
          text += JSONText.tsvField(entity.rule)
          text.add("\t")
          text += Self.weightText(entity)
        }
        text.add("\n")
      case .text:
        text += entity.kind.rawValue
        text.add("\t")
        text += entity.text
        text.add("\t")
        text.append(start)
        text.add("-")
        text.append(end)
        text.add("\t")
        ValueJSON.append(entity.value, to: &text)
        if explain {
          text.add("  [")
          text += entity.rule
          text.add(" ")
          text += Self.weightText(entity)
          text.add("]")
        }
        text.add("\n")
      }
      document.entityCount += 1
    }
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
    var result = OutputBytes()
    appendQuoted(text, to: &result)
    return result.string
  }

  /// Appends `text` in quotes, escaped.
  static func appendQuoted(_ text: String, to out: inout OutputBytes) {
    out.add("\"")
    appendEscaped(text, to: &out)
    out.add("\"")
  }

  /// Appends `text` escaped for a JSON string, without quotes. Text with nothing to escape
  /// (nearly all) is appended whole.
  static func appendEscaped(_ text: String, to out: inout OutputBytes) {
    guard containsByte(text, where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
      out += text
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out += String(scalar)
      }
    }
  }

  /// True when some UTF-8 byte of `text` passes `test`: a plain loop over the bytes.
  @inline(__always) private static func containsByte(_ text: String, where test: (UInt8) -> Bool) -> Bool {
    if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains(where: test) }) { return found }
    return text.utf8.contains(where: test)
  }

  /// The text with tabs and line breaks (as characters: a CR LF pair is one) made spaces.
  static func tsvField(_ text: String) -> String {
    guard containsByte(text, where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
    return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
  }
}

/// Output being rendered, as UTF-8 bytes: appending to an array is cheaper than to a String.
struct OutputBytes {
  var bytes: [UInt8] = []

  static func += (out: inout OutputBytes, text: String) {
    // Literals and native strings lend their bytes without a copy of the string.
    if text.utf8.withContiguousStorageIfAvailable({ out.bytes.append(contentsOf: $0) }) != nil { return }
    out.bytes.append(contentsOf: text.utf8)
  }

  /// Appends a literal's bytes one by one: cheaper than a generic append for a few bytes.
  @inline(__always) mutating func add(_ literal: StaticString) {
    let start = literal.utf8Start
    for offset in 0..<literal.utf8CodeUnitCount { bytes.append(start[offset]) }
  }

  /// Appends a number's decimal digits, with no string in between.
  mutating func append(_ number: Int) {
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    let first = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    // Written lowest digit first: turn them round in place.
    var low = first
    var high = bytes.count - 1
    while low < high {
      bytes.swapAt(low, high)
      low += 1
      high -= 1
    }
  }

  var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Buffered stdout; written from the main thread only.
enum Output {
  nonisolated(unsafe) private static var buffer: [UInt8] = []

  static func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count > 1 << 16 { flush() }
  }

  /// Writes bytes that are UTF-8 already (rendered output), with no String in between.
  static func write(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count > 1 << 16 { flush() }
  }

  static func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Foundation.write(1, bytes.baseAddress! + offset, bytes.count - offset)
        if written <= 0 { break }  // stdout closed (e.g. piped into head): drop the rest
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
