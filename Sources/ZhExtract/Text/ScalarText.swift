/// A text decoded once into Unicode scalars, so that integer offsets are code point offsets
/// (the unit of the JSON output) and every recognizer indexes it in O(1).
struct ScalarText: Sendable {
  let scalars: [UInt32]

  init(_ string: String) {
    var string = string
    scalars = string.withUTF8 { utf8 in
      // Strings are valid UTF-8, so a decoder without checks is exact.
      [UInt32](unsafeUninitializedCapacity: utf8.count) { buffer, count in
        var index = 0
        var written = 0
        let end = utf8.count
        while index < end {
          let lead = UInt32(utf8[index])
          if lead < 0x80 {
            buffer[written] = lead
            index += 1
          } else if lead < 0xE0 {
            buffer[written] = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0 {
            buffer[written] = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
            index += 3
          } else {
            buffer[written] =
              (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12 | UInt32(utf8[index + 2] & 0x3F) << 6
              | UInt32(utf8[index + 3] & 0x3F)
            index += 4
          }
          written += 1
        }
        count = written
      }
    }
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
