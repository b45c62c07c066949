extension TextDecoding {
  /// Decodes a byte stream piece by piece through one ICU converter, so that a file of any
  /// size and encoding is read in constant memory. A character cut between two pieces is
  /// completed by the next one; every piece's output is whole characters.
  ///
  /// ```swift
  /// let stream = try TextDecoding.Stream(sniffing: firstPiece)   // GB18030, found by ICU's detector
  /// var text = try stream.decode(firstPiece)
  /// text += try stream.decode(secondPiece)
  /// text += try stream.finish()
  /// ```
  public final class Stream {
    /// The encoding read: "UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE".
    public let encoding: String
    private let converter: ICU.StreamConverter
    private var byteOrderMarkLeft: Int
    /// Bytes of the stream before the piece being decoded, for error offsets.
    private var bytesBefore = 0

    /// Picks the encoding from the stream's first bytes (by byte-order mark, UTF-8 validity
    /// and ICU's detector when `encoding` is `.auto`). Decoding starts with those same bytes.
    public convenience init(sniffing firstBytes: [UInt8], encoding: Encoding = .auto, lossy: Bool = false) throws(ExtractorError) {
      let (charset, byteOrderMark) = try TextDecoding.resolve(firstBytes, encoding, allowingCutEnd: true)
      try self.init(charset: charset, byteOrderMark: byteOrderMark, lossy: lossy)
    }

    /// A stream in a known charset whose first `byteOrderMark` bytes are skipped.
    init(charset: String, byteOrderMark: Int, lossy: Bool) throws(ExtractorError) {
      encoding = charset
      byteOrderMarkLeft = byteOrderMark
      converter = try ICU.StreamConverter(charset: charset, stopOnInvalid: !lossy)
    }

    /// Invalid sequences replaced by U+FFFD so far (only when decoding leniently).
    public var replacements: Int { converter.replacements }

    /// The text of the next piece. Unless lossy, an invalid sequence throws
    /// `ExtractorError.invalidBytes` with its byte offset in the whole stream.
    public func decode(_ bytes: [UInt8]) throws(ExtractorError) -> String {
      String(decoding: try decodeToUTF8(bytes), as: UTF8.self)
    }

    /// The text held back at the end of the stream: an error if a character was left cut.
    public func finish() throws(ExtractorError) -> String {
      String(decoding: try decodeToUTF8([], final: true), as: UTF8.self)
    }

    /// The next piece as UTF-8 bytes; `final` on the last one.
    public func decodeToUTF8(_ bytes: [UInt8], final: Bool = false) throws(ExtractorError) -> [UInt8] {
      var piece = bytes
      var skipped = 0
      if byteOrderMarkLeft > 0 {
        skipped = min(byteOrderMarkLeft, piece.count)
        piece.removeFirst(skipped)
        byteOrderMarkLeft -= skipped
      }
      defer { bytesBefore += bytes.count }
      do {
        return try converter.convert(piece, flush: final)
      } catch .invalidBytes(let name, let offset) {
        throw .invalidBytes(encoding: name, byteOffset: max(0, bytesBefore + skipped + offset))
      }
    }
  }
}
