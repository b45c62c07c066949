/// A Bloom-style filter over pairs of scalars (a word's first two characters): a 128 KB
/// bitmap that stays in cache, so a scan rejects most offsets where a first character starts
/// some word but no word starts with the first two, before it probes a trie's large hash table.
/// May answer true for a pair never inserted; never false for one that was.
struct ScalarPairSet: Sendable {
  private static let bitCount = 1 << 20
  private var bits = [UInt64](repeating: 0, count: ScalarPairSet.bitCount / 64)

  init() {}

  @inline(__always) private static func bit(_ first: UInt32, _ second: UInt32) -> Int {
    let key = UInt64(first) << 21 | UInt64(second)
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 44)  // top 20 bits
  }

  mutating func insert(_ first: UInt32, _ second: UInt32) {
    let bit = Self.bit(first, second)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  @inline(__always) func contains(_ first: UInt32, _ second: UInt32) -> Bool {
    let bit = Self.bit(first, second)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
