/// A set of Unicode scalars with a bitmap for the Basic Multilingual Plane: membership is one
/// load and a mask, with no hashing, for tests on every character of the hot scans.
struct ScalarSet: Sendable {
  private var bits = [UInt64](repeating: 0, count: 1024)  // 65,536 bits
  private var astral: Set<UInt32> = []

  init() {}

  init(_ scalars: some Sequence<UInt32>) {
    for scalar in scalars { insert(scalar) }
  }

  /// The scalars of `characters` ("元圆块").
  init(characters: String) { self.init(characters.unicodeScalars.map(\.value)) }

  mutating func insert(_ scalar: UInt32) {
    if scalar < 0x10000 {
      bits[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63)
    } else {
      astral.insert(scalar)
    }
  }

  /// Every member, BMP first in order.
  func forEach(_ body: (UInt32) -> Void) {
    for (index, word) in bits.enumerated() where word != 0 {
      for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { body(UInt32(index * 64 + bit)) }
    }
    for scalar in astral.sorted() { body(scalar) }
  }

  @inline(__always) func contains(_ scalar: UInt32) -> Bool {
    if scalar < 0x10000 { return bits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 }
    return !astral.isEmpty && astral.contains(scalar)
  }
}
