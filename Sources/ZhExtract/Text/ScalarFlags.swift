/// A byte of flags per scalar, so that a scan asks several sets about a character with one
/// load (`ScalarSet` needs one per set): bits a recognizer defines, set from its `ScalarSet`s.
struct ScalarFlags: Sendable {
  private var table = [UInt8](repeating: 0, count: 0x10000)
  private var astral: [UInt32: UInt8] = [:]

  init() {}

  /// Sets `flag` on every member of `set`.
  mutating func insert(_ flag: UInt8, forEachOf set: ScalarSet) {
    set.forEach { scalar in
      if scalar < 0x10000 { table[Int(scalar)] |= flag } else { astral[scalar, default: 0] |= flag }
    }
  }

  @inline(__always) subscript(scalar: UInt32) -> UInt8 {
    if scalar < 0x10000 { return table.withUnsafeBufferPointer { $0[Int(scalar)] } }
    return astral.isEmpty ? 0 : astral[scalar] ?? 0
  }
}
