/// A text decoded once into Unicode scalars, so that integer offsets are code point offsets
/// (the unit of the JSON output) and every recognizer indexes it in O(1).
struct ScalarText: Sendable {
  let scalars: [UInt32]

  init(_ string: String) {
    var scalars: [UInt32] = []
    scalars.reserveCapacity(string.utf8.count)
    for scalar in string.unicodeScalars { scalars.append(scalar.value) }
    self.scalars = scalars
  }

  init(scalars: [UInt32]) { self.scalars = scalars }

  var count: Int { scalars.count }

  /// The scalar at `offset`, or 0 outside the text: lookahead and lookbehind need no bounds checks.
  @inline(__always) subscript(offset: Int) -> UInt32 {
    offset >= 0 && offset < scalars.count ? scalars[offset] : 0
  }

  /// The text between two offsets, as a String.
  func string(_ range: Range<Int>) -> String {
    var result = String.UnicodeScalarView()
    for offset in range.clamped(to: 0..<scalars.count) {
      if let scalar = Unicode.Scalar(scalars[offset]) { result.append(scalar) }
    }
    return String(result)
  }

  /// True when the text at `offset` spells `word` (given as scalars).
  @inline(__always) func matches(_ word: [UInt32], at offset: Int) -> Bool {
    guard offset >= 0, offset + word.count <= scalars.count else { return false }
    for index in 0..<word.count where scalars[offset + index] != word[index] { return false }
    return true
  }

  /// True when the text ending just before `offset` spells `word`.
  @inline(__always) func matches(_ word: [UInt32], endingAt offset: Int) -> Bool {
    matches(word, at: offset - word.count)
  }
}

extension String {
  /// The string's Unicode scalars as integers, for comparison with `ScalarText`.
  var scalarValues: [UInt32] { unicodeScalars.map(\.value) }
}
