/// Turns bytes of any common Chinese encoding into a `String`, through ICU's converters.
public enum TextDecoding {
  /// The encodings a caller can name; `auto` decides by byte-order mark, UTF-8 validity and
  /// ICU's charset detector, in that order.
  public enum Encoding: String, Sendable, CaseIterable {
    case auto
    case utf8 = "utf-8"
    case gb18030
    case big5
    case utf16 = "utf-16"
  }

  /// A decoded text and how it was read.
  public struct Decoded: Sendable {
    public let text: String
    /// The encoding used: "UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE".
    public let encoding: String
    /// How many invalid sequences were replaced by U+FFFD (only when decoding leniently).
    public let replacements: Int
  }

  /// Decodes `bytes`. Unless `lossy`, an invalid sequence throws
  /// `ExtractorError.invalidBytes` with the encoding and byte offset.
  public static func decode(_ bytes: [UInt8], encoding: Encoding = .auto, lossy: Bool = false) throws(ExtractorError) -> Decoded {
    let (charset, bomLength) = try resolve(bytes, encoding)
    if charset == "UTF-8" {
      let body = bomLength > 0 ? Array(bytes[bomLength...]) : bytes
      if let offset = firstInvalidUTF8(in: body) {
        guard lossy else { throw .invalidBytes(encoding: "UTF-8", byteOffset: offset + bomLength) }
        let text = String(decoding: body, as: UTF8.self)
        return Decoded(text: text, encoding: charset, replacements: countReplacements(body))
      }
      return Decoded(text: String(decoding: body, as: UTF8.self), encoding: charset, replacements: 0)
    }
    // Other encodings: one piece through the same converter as a stream.
    let stream = try Stream(charset: charset, byteOrderMark: bomLength, lossy: lossy)
    let utf8 = try stream.decodeToUTF8(bytes, final: true)
    return Decoded(text: String(decoding: utf8, as: UTF8.self), encoding: charset, replacements: stream.replacements)
  }

  /// The charset to decode with and the length of a byte-order mark to skip.
  /// With `allowingCutEnd`, `bytes` is the start of a longer stream and may end inside a character.
  static func resolve(_ bytes: [UInt8], _ encoding: Encoding, allowingCutEnd: Bool = false) throws(ExtractorError) -> (String, Int) {
    let bom = byteOrderMark(bytes)
    switch encoding {
    case .utf8: return ("UTF-8", bom?.0 == "UTF-8" ? 3 : 0)
    case .gb18030: return ("GB18030", 0)
    case .big5: return ("Big5", 0)
    case .utf16:
      if let bom, bom.0.hasPrefix("UTF-16") { return bom }
      return ("UTF-16LE", 0)
    case .auto:
      if let bom { return bom }
      if allowingCutEnd ? isUTF8Prefix(bytes) : firstInvalidUTF8(in: bytes) == nil { return ("UTF-8", 0) }
      if let guess = try ICU.detectCharset(bytes), guess.confidence >= 10 {
        switch guess.name.uppercased() {
        case "GB18030", "GBK", "GB2312": return ("GB18030", 0)
        case "BIG5": return ("Big5", 0)
        case "UTF-16LE", "UTF-16BE": return (guess.name.uppercased(), 0)
        default: break
        }
      }
      return ("UTF-8", 0)  // not valid in anything ICU recognises: report the UTF-8 error
    }
  }

  private static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return ("UTF-8", 3) }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return ("UTF-16LE", 2) }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return ("UTF-16BE", 2) }
    return nil
  }

  /// The byte offset of the first byte that breaks UTF-8, or nil when all is valid: the
  /// well-formed sequences of Unicode's table 3-7 (no overlongs, surrogates or values past
  /// U+10FFFF), with an eight-byte ASCII fast path.
  public static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      let count = buffer.count
      var index = 0
      while index < count {
        if index + 8 <= count {
          let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            index += 8
            continue
          }
        }
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        @inline(__always) func trail(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
          index + offset < count && buffer[index + offset] >= low && buffer[index + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF:
          guard trail(1) else { return index }
          index += 2
        case 0xE0:
          guard trail(1, 0xA0), trail(2) else { return index }
          index += 3
        case 0xE1...0xEC, 0xEE...0xEF:
          guard trail(1), trail(2) else { return index }
          index += 3
        case 0xED:
          guard trail(1, 0x80, 0x9F), trail(2) else { return index }
          index += 3
        case 0xF0:
          guard trail(1, 0x90), trail(2), trail(3) else { return index }
          index += 4
        case 0xF1...0xF3:
          guard trail(1), trail(2), trail(3) else { return index }
          index += 4
        case 0xF4:
          guard trail(1, 0x80, 0x8F), trail(2), trail(3) else { return index }
          index += 4
        default:
          return index
        }
      }
      return nil
    }
  }

  /// True when `bytes` is valid UTF-8 or would be but for a character cut at its end.
  public static func isUTF8Prefix(_ bytes: [UInt8]) -> Bool {
    guard let offset = firstInvalidUTF8(in: bytes) else { return true }
    return bytes.count - offset < 4 && firstInvalidUTF8(in: Array(bytes[..<offset])) == nil
  }

  /// How many invalid UTF-8 sequences `bytes` holds (each becomes one U+FFFD when decoded).
  public static func countReplacements(_ bytes: [UInt8]) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var count = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return count
      case .error: count += 1
      }
    }
  }
}
