import Foundation
import ZhExtract

/// Runs the extractor over documents or JSONL lines, in parallel batches whose output keeps
/// the input order, with memory bounded by the batch size.
struct ExtractionJob: Sendable {
  let extractor: EntityExtractor
  let kinds: Set<EntityKind>
  let context: ExtractionContext
  let writer: EntityWriter
  let jobs: Int
  let encoding: TextDecoding.Encoding
  let lossy: Bool
  let progress: Progress?

  /// One file is one document, read in pieces. Returns true when it failed part way.
  func processDocument(_ source: InputSource) -> Bool {
    var reader: DocumentReader
    do {
      reader = try DocumentReader(source: source, encoding: encoding, lossy: lossy)
    } catch {
      Diagnostics.report(error.description)
      writer.writeFailedDocument(id: .string(source.name), message: error.description)
      return true
    }
    var document = writer.beginDocument(id: .string(source.name), encoding: reader.encoding == "UTF-8" ? nil : reader.encoding)
    var failure: String?
    func nextBatch() -> [DocumentReader.Chunk]? {
      var batch: [DocumentReader.Chunk] = []
      do {
        while failure == nil, batch.count < max(2, jobs * 2), let chunk = try reader.next() { batch.append(chunk) }
      } catch {
        failure = error.description
      }
      return batch.isEmpty ? nil : batch
    }
    // The first piece's dateline dates the whole document.
    var context = context
    let first = nextBatch()
    if let first, context.referenceDate == nil, kinds.contains(.date) {
      context.referenceDate = extractor.dateline(in: first[0].text)
    }
    var unread = first  // read already, for its dateline
    let id = JSONID.string(source.name)
    ParallelMap.pipeline(
      jobs: jobs,
      next: {
        if let batch = unread {
          unread = nil
          return batch
        }
        return nextBatch()
      },
      transform: { [extractor, kinds, writer, context] chunk in
        writer.renderPiece(extractor.extract(from: chunk.text, kinds: kinds, context: context), base: chunk.scalarBase, id: id)
      },
      consume: { pieces in
        for piece in pieces { writer.write(piece, in: &document) }
        progress?.update(bytes: reader.bytesRead)
      })
    if reader.replacements > 0 {
      Diagnostics.report("\(source.name): replaced \(reader.replacements) invalid byte sequence(s) with U+FFFD")
    }
    if let failure { Diagnostics.report(failure) }
    writer.endDocument(&document, error: failure)
    return failure != nil
  }

  /// Lines of `{"id": ..., "text": ...}`: exactly one output line per input line, in order; a
  /// bad line gets an error record and the rest go on. Returns true when some line failed.
  func processLines(_ source: InputSource) -> Bool {
    let handle: FileHandle
    do {
      handle = try source.open()
    } catch {
      Diagnostics.report(error.description)
      return true
    }
    typealias Line = (number: Int, bytes: ArraySlice<UInt8>)
    var failed = false
    var lineNumber = 0
    var leftover: [UInt8] = []
    var bytesRead = 0
    var atEnd = false
    var waiting: [Line] = []  // read, not yet handed to the workers
    let batchLines = 1024 * max(1, jobs)
    /// Reads 4 MB at a time until a batch of lines is waiting (or the input ends).
    func nextBatch() -> [[Line]]? {
      while waiting.count < batchLines && !atEnd {
        let data = (try? handle.read(upToCount: 4 << 20)) ?? Data()
        bytesRead += data.count
        atEnd = data.isEmpty
        let buffer = leftover + [UInt8](data)
        var start = 0
        while let newline = buffer[start...].firstIndex(of: 0x0A) {
          lineNumber += 1
          waiting.append((lineNumber, buffer[start..<newline]))
          start = newline + 1
        }
        if atEnd, start < buffer.count {
          lineNumber += 1
          waiting.append((lineNumber, buffer[start...]))
          start = buffer.count
        }
        leftover = Array(buffer[start...])
      }
      guard !waiting.isEmpty else { return nil }
      let batch = Array(waiting.prefix(batchLines))
      waiting.removeFirst(batch.count)
      // Groups of lines, so that the library reads each group kind by kind (`extract(from: [String])`).
      return batch.chunks(of: Self.linesPerCall)
    }
    ParallelMap.pipeline(
      jobs: jobs, next: nextBatch, transform: { [self] group in render(group, source: source.name) },
      consume: { groups in
        for output in groups.joined() {
          if let problem = output.problem {
            Diagnostics.report(problem)
            failed = true
          }
          Output.write(output.text)
        }
        progress?.update(bytes: bytesRead)
      })
    if case .file = source { try? handle.close() }
    return failed
  }

  /// JSONL lines per call of the library.
  static let linesPerCall = 64

  /// One output line per input line (an error record for a blank or bad line), in order.
  private func render(_ lines: [(number: Int, bytes: ArraySlice<UInt8>)], source: String) -> [(text: [UInt8], problem: String?)] {
    // nil for a blank line
    let parsed = lines.map { line -> Result<JSONLRecord, JSONLRecord.Problem>? in
      var bytes = Array(line.bytes)
      if bytes.last == 0x0D { bytes.removeLast() }
      return bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) ? nil : JSONLRecord.parse(bytes)
    }
    let records = parsed.compactMap { try? $0?.get() }
    let contexts = records.map { record in
      var lineContext = context
      if let reference = record.referenceDate { lineContext.referenceDate = reference }
      return lineContext
    }
    var entities = extractor.extract(from: records.map(\.text), kinds: kinds, contexts: contexts).makeIterator()
    return zip(lines, parsed).map { line, result in
      switch result {
      case .success(let record):
        return (writer.render(id: record.id, entities: entities.next()!), nil)
      case nil:  // one output line per input line, even a blank one
        return (writer.renderError(id: .other("null"), line: line.number, message: "empty line"), nil)
      case .failure(let problem):
        return (
          writer.renderError(id: problem.id ?? .other("null"), line: line.number, message: problem.message),
          "\(source):\(line.number): \(problem.message)"
        )
      }
    }
  }
}

/// A progress line on stderr, only when stderr is a terminal and the input is large.
final class Progress: @unchecked Sendable {
  private let start = DispatchTime.now()
  private var lastPrint = DispatchTime.now()
  private var printed = false
  private static let threshold = 32 << 20

  static func forTerminal() -> Progress? { isatty(2) != 0 ? Progress() : nil }

  func update(bytes: Int) {
    guard bytes >= Self.threshold else { return }
    let now = DispatchTime.now()
    guard now.uptimeNanoseconds - lastPrint.uptimeNanoseconds > 1_000_000_000 else { return }
    lastPrint = now
    let seconds = Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let megabytes = Double(bytes) / 1e6
    FileHandle.standardError.write(Data(String(format: "\rzh-extract: %.0f MB read, %.1f MB/s", megabytes, megabytes / seconds).utf8))
    printed = true
  }

  func finish() {
    if printed { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
