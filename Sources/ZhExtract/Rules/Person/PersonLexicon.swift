/// The personal names of jieba's lexicon (`BundledData.personNames`): Chinese names that start
/// with a surname, and transliterated names. Soft evidence only, as the list holds some words.
/// Each name is kept as a 64-bit key of its scalars, so a lookup hashes one integer.
struct PersonLexicon: Sendable {
  static let shared = PersonLexicon()
  private let keys: Set<UInt64>

  init() {
    var keys = Set<UInt64>()
    for line in BundledData.personNames.split(separator: "\n") {
      keys.insert(Self.key(line.unicodeScalars.map(\.value)))
    }
    self.keys = keys
  }

  /// True when the text at `range` is a name of the list.
  func contains(_ text: ScalarText, _ range: Range<Int>) -> Bool {
    guard range.lowerBound >= 0, range.upperBound <= text.count, range.count >= 2 else { return false }
    return keys.contains(Self.key(text.scalars[range]))
  }

  /// FNV-1a over the scalars, with the length mixed in.
  private static func key(_ scalars: some Collection<UInt32>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(scalars.count)
    for scalar in scalars {
      hash = (hash ^ UInt64(scalar)) &* 0x100_0000_01b3
    }
    return hash
  }
}
