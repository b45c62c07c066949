/// A Bloom filter over pairs of scalars (a word's first two characters), small enough to stay
/// in cache, so a scan rejects most offsets where a first character starts some word but no
/// word starts with the first two, before it probes a trie's large hash table. Each pair sets
/// two bits of one 64-bit word (one load per test). May answer true for a pair never inserted;
/// never false for one that was.
struct ScalarPairSet: Sendable {
  private var words: [UInt64]
  /// 64 minus log2 of the number of words: the hash's top bits pick the word.
  private let shift: UInt64

  /// A filter for about `capacity` pairs (16 bits each: about 2% false positives).
  init(capacity: Int) {
    var log2 = 6
    while 1 << (log2 + 6) < capacity * 16 && log2 < 16 { log2 += 1 }
    words = [UInt64](repeating: 0, count: 1 << log2)
    shift = UInt64(64 - log2)
  }

  /// The word to test and the two bits in it.
  @inline(__always) private func probe(_ first: UInt32, _ second: UInt32) -> (word: Int, mask: UInt64) {
    let hash = (UInt64(first) << 21 | UInt64(second)) &* 0x9E37_79B9_7F4A_7C15
    let mask = (1 as UInt64) << ((hash >> 20) & 63) | (1 as UInt64) << ((hash >> 26) & 63)
    return (Int(truncatingIfNeeded: hash >> shift), mask)
  }

  mutating func insert(_ first: UInt32, _ second: UInt32) {
    let (word, mask) = probe(first, second)
    words[word] |= mask
  }

  @inline(__always) func contains(_ first: UInt32, _ second: UInt32) -> Bool {
    let (word, mask) = probe(first, second)
    return words[word] & mask == mask
  }
}
