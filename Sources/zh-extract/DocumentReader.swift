import Foundation
import ZhExtract

/// Reads one document in pieces of about `chunkBytes`, each cut after a line break (or, in a
/// very long line, after a sentence end or a space), so memory stays flat for any file size.
/// Another encoding (named, or found by `--encoding auto` from the first piece) is decoded
/// through one ICU converter as it is read.
struct DocumentReader {
  struct Chunk {
    var text: String
    /// Code points before this chunk in the document.
    var scalarBase: Int
  }

  let source: InputSource
  let lossy: Bool
  private(set) var encoding = "UTF-8"
  private(set) var replacements = 0
  private var handle: FileHandle?
  private var pending: [UInt8] = []
  private var finished = false
  private var bytesBefore = 0  // bytes of the file before `pending`
  private var scalarsBefore = 0
  private var stream: TextDecoding.Stream?  // the converter of a non-UTF-8 document
  static let chunkBytes = 1 << 18  // 256 KB: a batch of pieces in flight stays a few MB even with dense entities
  /// Bytes read so far, for progress.
  private(set) var bytesRead = 0

  init(source: InputSource, encoding requested: TextDecoding.Encoding, lossy: Bool) throws(InputError) {
    self.source = source
    self.lossy = lossy
    handle = try source.open()
    let first = read(DocumentReader.chunkBytes)
    var bom = 0
    if first.starts(with: [0xEF, 0xBB, 0xBF]) { bom = 3 }
    let looksUTF8 = TextDecoding.isUTF8Prefix(first)
    switch requested {
    case .utf8:
      pending = Array(first.dropFirst(bom))
      bytesBefore = bom
    case .auto where looksUTF8 && !(first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF])):
      pending = Array(first.dropFirst(bom))
      bytesBefore = bom
    default:
      // Not UTF-8: decoded through one ICU converter as the pieces are read.
      let stream: TextDecoding.Stream
      do {
        stream = try TextDecoding.Stream(sniffing: first, encoding: requested, lossy: lossy)
      } catch {
        throw inputError(error)
      }
      if stream.encoding == "UTF-8" {  // no other encoding fits: report UTF-8's own error
        pending = Array(first.dropFirst(bom))
        bytesBefore = bom
      } else {
        encoding = stream.encoding
        self.stream = stream
        pending = try decode(first)
      }
    }
  }

  private func inputError(_ error: ExtractorError) -> InputError {
    if case .invalidBytes(let name, let offset) = error {
      return name == "UTF-8" ? .invalidUTF8(source.name, byteOffset: offset) : .invalidBytes(source.name, encoding: name, byteOffset: offset)
    }
    return .unreadable(source.name, reason: error.description)
  }

  /// Raw bytes of a non-UTF-8 stream as UTF-8, with the converter's end once the file is read.
  private mutating func decode(_ bytes: [UInt8]) throws(InputError) -> [UInt8] {
    guard let stream else { return bytes }
    do {
      var utf8 = try stream.decodeToUTF8(bytes)
      if finished { utf8 += try stream.decodeToUTF8([], final: true) }
      replacements = stream.replacements
      return utf8
    } catch {
      throw inputError(error)
    }
  }

  private mutating func read(_ count: Int) -> [UInt8] {
    guard let handle, !finished else { return [] }
    let data = (try? handle.read(upToCount: count)) ?? Data()
    if data.isEmpty {
      finished = true
      if case .file = source { try? handle.close() }
      return []
    }
    bytesRead += data.count
    return [UInt8](data)
  }

  /// The next piece of the document, or nil at its end.
  mutating func next() throws(InputError) -> Chunk? {
    while !finished && pending.count < DocumentReader.chunkBytes {
      let more = read(DocumentReader.chunkBytes)
      if more.isEmpty && stream == nil { break }
      pending += try decode(more)
    }
    guard !pending.isEmpty else { return nil }
    let cut = finished && pending.count <= DocumentReader.chunkBytes ? pending.count : Self.cutPoint(in: pending)
    var piece = Array(pending[..<cut])
    pending.removeFirst(cut)
    // One validating pass; the offset of a bad byte is looked for only when there is one.
    var validated = stream == nil ? String(validating: piece, as: UTF8.self) : nil
    if stream == nil, validated == nil, let offset = TextDecoding.firstInvalidUTF8(in: piece) {
      guard lossy else { throw .invalidUTF8(source.name, byteOffset: bytesBefore + offset) }
      replacements += TextDecoding.countReplacements(piece)
      validated = String(decoding: piece, as: UTF8.self)
      piece = Array(validated!.utf8)
    }
    bytesBefore += cut
    let text = validated ?? String(decoding: piece, as: UTF8.self)
    let chunk = Chunk(text: text, scalarBase: scalarsBefore)
    scalarsBefore += piece.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }  // one lead byte per scalar
    return chunk
  }

  /// Where to cut a full buffer: after its last line break; in a line longer than a chunk,
  /// after the last 。！？； or space; failing that, before a UTF-8 lead byte.
  static func cutPoint(in bytes: [UInt8]) -> Int {
    let limit = min(bytes.count, chunkBytes)
    let window = max(0, limit - (1 << 16))
    if let newline = bytes[..<limit].lastIndex(of: 0x0A), newline >= window { return newline + 1 }
    var index = limit - 1
    while index >= window + 2 {
      // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B
      let (a, b, c) = (bytes[index - 2], bytes[index - 1], bytes[index])
      if (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F || c == 0x9B)) {
        return index + 1
      }
      if c == 0x20 { return index + 1 }
      index -= 1
    }
    if let newline = bytes[..<limit].lastIndex(of: 0x0A) { return newline + 1 }
    // Not inside a character: back up to the last lead byte, keep its character if complete.
    var lead = limit - 1
    while lead > 0 && (bytes[lead] & 0xC0) == 0x80 { lead -= 1 }
    let width = bytes[lead] < 0x80 ? 1 : bytes[lead] < 0xE0 ? 2 : bytes[lead] < 0xF0 ? 3 : 4
    return lead + width <= limit ? limit : max(lead, 1)
  }

}
