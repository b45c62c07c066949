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
    let body = bomLength > 0 ? Array(bytes[bomLength...]) : bytes
    if charset == "UTF-8" {
      if let offset = firstInvalidUTF8(in: body) {
        guard lossy else { throw .invalidBytes(encoding: "UTF-8", byteOffset: offset + bomLength) }
        let text = String(decoding: body, as: UTF8.self)
        return Decoded(text: text, encoding: charset, replacements: countReplacements(body))
      }
      return Decoded(text: String(decoding: body, as: UTF8.self), encoding: charset, replacements: 0)
    }
    do {
      let utf8 = try ICU.convertToUTF8(body, from: charset, stopOnInvalid: !lossy)
      let replacements = lossy ? utf8.indices.filter { isReplacement(utf8, at: $0) }.count - countExisting(body, charset) : 0
      return Decoded(text: String(decoding: utf8, as: UTF8.self), encoding: charset, replacements: max(0, replacements))
    } catch .invalidBytes(let name, let offset) {
      throw .invalidBytes(encoding: name, byteOffset: offset + bomLength)
    }
  }

  /// The charset to decode with and the length of a byte-order mark to skip.
  static func resolve(_ bytes: [UInt8], _ encoding: Encoding) throws(ExtractorError) -> (String, Int) {
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
      if firstInvalidUTF8(in: bytes) == nil { return ("UTF-8", 0) }
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

  /// The byte offset of the first byte that breaks UTF-8, or nil when all is valid.
  public static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  private static func countReplacements(_ bytes: [UInt8]) -> Int {
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

  private static func isReplacement(_ utf8: [UInt8], at index: Int) -> Bool {
    index + 2 < utf8.count && utf8[index] == 0xEF && utf8[index + 1] == 0xBF && utf8[index + 2] == 0xBD
  }

  /// U+FFFD already present in the input is not a replacement.
  private static func countExisting(_ bytes: [UInt8], _ charset: String) -> Int {
    (try? ICU.convertToUTF8(bytes, from: charset, stopOnInvalid: true)).map { utf8 in
      utf8.indices.filter { isReplacement(utf8, at: $0) }.count
    } ?? 0
  }
}
