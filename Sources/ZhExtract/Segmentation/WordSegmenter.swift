/// ICU's word segmentation, public for callers who want tokens. Han tokens all get status
/// `ideographic`; ICU splits most proper names (`龙|华|区`), which is why the extractor finds
/// names with its own gazetteers and calls ICU only for boundary decisions.
public struct WordSegmenter: Sendable {
  /// What ICU's rule status says about a token.
  public enum Category: String, Sendable, Hashable, Codable {
    case none, number, letter, kana, ideographic

    init(status: Int32) {
      switch status {
      case 100..<200: self = .number
      case 200..<300: self = .letter
      case 300..<400: self = .kana
      case 400..<500: self = .ideographic
      default: self = .none
      }
    }
  }

  /// A token: its text, its span in Unicode scalars, and its category.
  public struct Token: Sendable, Hashable {
    public let text: String
    public let scalarOffsets: Range<Int>
    public let category: Category
  }

  public let locale: String

  public init(locale: String = "zh") { self.locale = locale }

  /// The version of the system ICU.
  public static var icuVersion: String { ICU.version }

  /// The tokens of `text`, in order, without whitespace-only tokens.
  public func tokens(of text: String) throws(ExtractorError) -> [Token] {
    let utf16 = Array(text.utf16)
    // UTF-16 offset → scalar offset, built once per call.
    var scalarOffsetAt = [Int](repeating: 0, count: utf16.count + 1)
    var scalarOffset = 0
    var unit = 0
    for scalar in text.unicodeScalars {
      let width = UTF16.width(scalar)
      for step in 0..<width { scalarOffsetAt[unit + step] = scalarOffset }
      unit += width
      scalarOffset += 1
    }
    scalarOffsetAt[utf16.count] = scalarOffset
    var tokens: [Token] = []
    try ICU.WordBreaker(locale: locale).segment(utf16) { start, end, status in
      let piece = String(decoding: utf16[start..<end], as: UTF16.self)
      if piece.allSatisfy(\.isWhitespace) { return }
      tokens.append(Token(text: piece, scalarOffsets: scalarOffsetAt[start]..<scalarOffsetAt[end], category: Category(status: status)))
    }
    return tokens
  }

  /// Counts the tokens of many texts with one ICU iterator (opening one costs more than
  /// segmenting a paragraph): ICU's own speed, the baseline of the benchmarks.
  public func countTokens(inEach texts: [[UInt16]]) throws(ExtractorError) -> Int {
    let breaker = try ICU.WordBreaker(locale: locale)
    var count = 0
    for text in texts { try breaker.segment(text) { _, _, _ in count += 1 } }
    return count
  }

  /// Counts tokens without building them: ICU's own speed, for benchmarks.
  public func countTokens(in utf16: [UInt16]) throws(ExtractorError) -> Int {
    var count = 0
    try ICU.WordBreaker(locale: locale).segment(utf16) { _, _, _ in count += 1 }
    return count
  }
}
