import Foundation
import ZhExtract

/// Runs the extractor over documents or JSONL lines and hands results to the writer.
struct ExtractionJob {
  let extractor: EntityExtractor
  let kinds: Set<EntityKind>
  let context: ExtractionContext
  let writer: EntityWriter

  /// One file is one document.
  func processDocument(_ source: InputSource) throws(InputError) {
    let bytes = try source.readBytes()
    if let offset = UTF8Check.firstInvalidOffset(in: bytes) {
      throw .invalidUTF8(source.name, byteOffset: offset)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let entities = extractor.extract(from: text, kinds: kinds, context: context)
    writer.write(id: .string(source.name), entities: entities)
  }

  /// Lines of `{"id": ..., "text": ...}`: exactly one output line per input line, in order; a
  /// bad line gets an error record and the rest go on. Returns true when some line failed.
  func processLines(_ source: InputSource) throws(InputError) -> Bool {
    let bytes = try source.readBytes()
    var failed = false
    var lineNumber = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.isEmpty || (line.count == 1 && line.first == UInt8(ascii: "\r")) { continue }
      switch JSONLRecord.parse(Array(line)) {
      case .success(let record):
        let entities = extractor.extract(from: record.text, kinds: kinds, context: context)
        writer.write(id: record.id, entities: entities)
      case .failure(let problem):
        let message = "\(source.name):\(lineNumber): \(problem.message)"
        Diagnostics.report(message)
        writer.writeError(id: problem.id ?? .other("null"), line: lineNumber, message: problem.message)
        failed = true
      }
    }
    return failed
  }
}

/// Finds the first byte that breaks UTF-8.
enum UTF8Check {
  static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return nil
      case .error:
        return offset
      }
    }
  }
}
