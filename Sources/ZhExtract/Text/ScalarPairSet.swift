/// A Bloom-style filter over pairs of scalars (a word's first two characters): a bitmap small
/// enough to stay in cache, so a scan rejects most offsets where a first character starts some
/// word but no word starts with the first two, before it probes a trie's large hash table.
/// May answer true for a pair never inserted; never false for one that was.
struct ScalarPairSet: Sendable {
  private var bits: [UInt64]
  /// 64 minus log2 of the number of bits: the hash's top bits index the bitmap.
  private let shift: UInt64

  /// A filter for about `capacity` pairs (16 bits each: about 6% false positives).
  init(capacity: Int) {
    var log2 = 12
    while 1 << log2 < capacity * 16 && log2 < 22 { log2 += 1 }
    bits = [UInt64](repeating: 0, count: (1 << log2) / 64)
    shift = UInt64(64 - log2)
  }

  @inline(__always) private func bit(_ first: UInt32, _ second: UInt32) -> Int {
    let key = UInt64(first) << 21 | UInt64(second)
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  mutating func insert(_ first: UInt32, _ second: UInt32) {
    let bit = bit(first, second)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  @inline(__always) func contains(_ first: UInt32, _ second: UInt32) -> Bool {
    let bit = bit(first, second)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
