/// A read-only map from a pair of scalars (a two-character word) to a small number, in one
/// open-addressing table with a multiplicative hash: lookups in the scan's checks cost a few
/// nanoseconds, where a `Dictionary` pays for a seeded SipHash each time.
struct PairTable: Sendable {
  private var keys: [UInt64]
  private var values: [UInt8]
  private let mask: Int

  init(capacity: Int) {
    var size = 64
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [UInt8](repeating: 0, count: size)
    mask = size - 1
  }

  @inline(__always) private static func key(_ first: UInt32, _ second: UInt32) -> UInt64 {
    UInt64(first) << 32 | UInt64(second)
  }

  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
  }

  /// Sets the value of a pair (the table must not fill beyond half its capacity).
  mutating func set(_ first: UInt32, _ second: UInt32, _ value: UInt8) {
    let key = Self.key(first, second)
    var index = slot(key)
    while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
    keys[index] = key
    values[index] = value
  }

  /// The value of a pair, or nil.
  @inline(__always) subscript(_ first: UInt32, _ second: UInt32) -> UInt8? {
    let key = Self.key(first, second)
    var index = slot(key)
    while true {
      let stored = keys[index]
      if stored == key { return values[index] }
      if stored == 0 { return nil }
      index = (index + 1) & mask
    }
  }
}
