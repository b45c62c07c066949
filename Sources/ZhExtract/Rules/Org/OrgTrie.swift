/// A trie over scalar strings with an `Int32` payload per word, frozen into one open-addressing
/// table: each step is one multiply and, usually, one probe. Built once; read by every thread.
/// `reversed` tries hold words backwards, for matches that end at an offset.
struct OrgTrie: Sendable {
  /// (node << 21 | scalar) + 1 in the low 42 bits of a slot, the child in the high 22 (one
  /// load per step); 0 marks an empty slot.
  private let slots: [UInt64]
  private let mask: Int
  private static let keyMask: UInt64 = 1 << 42 - 1
  /// The payload of the word ending at each node, or -1.
  private let payloads: [Int32]
  /// Scalars that start (or, reversed, end) some word.
  let edgeScalars: ScalarSet
  let reversed: Bool
  /// The first two scalars of every word (in matching order), and the one-scalar words: a walk
  /// that can match nothing stops before the hash table.
  private let pairs: ScalarPairSet
  private let singles: ScalarSet

  /// A trie of plain words, for matching with no payload.
  init(words: [String]) { self.init(words.map { ($0.scalarValues, Int32(0)) }) }

  init(_ words: [(scalars: [UInt32], payload: Int32)], reversed: Bool = false) {
    self.reversed = reversed
    var edges: [UInt64: Int32] = [:]
    var payloads: [Int32] = [-1]
    var edgeScalars = ScalarSet()
    var pairs = ScalarPairSet(capacity: words.count)
    var singles = ScalarSet()
    for (scalars, payload) in words where !scalars.isEmpty {
      let ordered = reversed ? Array(scalars.reversed()) : scalars
      edgeScalars.insert(ordered[0])
      if ordered.count == 1 { singles.insert(ordered[0]) } else { pairs.insert(ordered[0], ordered[1]) }
      var node: Int32 = 0
      for scalar in ordered {
        let key = UInt64(node) << 21 | UInt64(scalar)
        if let next = edges[key] {
          node = next
        } else {
          let next = Int32(payloads.count)
          payloads.append(-1)
          edges[key] = next
          node = next
        }
      }
      if payloads[Int(node)] < 0 { payloads[Int(node)] = payload }
    }
    var capacity = 16
    while capacity < edges.count * 2 { capacity <<= 1 }
    precondition(payloads.count < 1 << 21, "OrgTrie holds at most 2^21 nodes")
    var slots = [UInt64](repeating: 0, count: capacity)
    for (key, child) in edges {
      var slot = Self.slot(key, mask: capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = (key + 1) | UInt64(child) << 42
    }
    self.slots = slots
    self.mask = capacity - 1
    self.payloads = payloads
    self.edgeScalars = edgeScalars
    self.pairs = pairs
    self.singles = singles
  }

  @inline(__always) private static func slot(_ key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The child of `node` along `scalar`, or -1.
  @inline(__always) func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
    let key = (UInt64(node) << 21 | UInt64(scalar)) + 1
    var slot = Self.slot(key - 1, mask: mask)
    while true {
      let found = slots[slot]
      if found & Self.keyMask == key { return Int32(truncatingIfNeeded: found >> 42) }
      if found == 0 { return -1 }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always) func payload(_ node: Int32) -> Int32 { payloads[Int(node)] }

  /// Every word starting at `offset` (or, reversed, ending just before it), shortest first.
  @inline(__always) func forEachMatch(in text: ScalarText, at offset: Int, _ body: (_ length: Int, _ payload: Int32) -> Void) {
    var node: Int32 = 0
    var length = 0
    let step = reversed ? -1 : 1
    var index = reversed ? offset - 1 : offset
    if index >= 0 && index < text.count {
      let first = text[index]
      guard singles.contains(first) || pairs.contains(first, text[index + step]) else { return }
    }
    while index >= 0 && index < text.count {
      node = child(node, text[index])
      if node < 0 { return }
      length += 1
      let found = payloads[Int(node)]
      if found >= 0 { body(length, found) }
      index += step
    }
  }

  /// Sets `edge` on the scalars that start a word (or, reversed, end one) and `single` on the
  /// one-scalar words, for a scan that tests several tables with one load.
  func flagScalars(in flags: inout ScalarFlags, edge: UInt8, single: UInt8) {
    flags.insert(edge, forEachOf: edgeScalars)
    flags.insert(single, forEachOf: singles)
  }

  /// True when some word of two or more scalars opens with `first`, `second` (in matching order).
  @inline(__always) func mayContinue(_ first: UInt32, _ second: UInt32) -> Bool { pairs.contains(first, second) }

  /// False when no word can start at `offset` (or, reversed, end just before it): two bitmap
  /// tests, inlined into the scans, before any call or hash probe.
  @inline(__always) func mayMatch(in text: ScalarText, at offset: Int) -> Bool {
    let index = reversed ? offset - 1 : offset
    let first = text[index]
    return edgeScalars.contains(first) && (singles.contains(first) || pairs.contains(first, text[reversed ? index - 1 : index + 1]))
  }

  /// The longest word starting at `offset` (or, reversed, ending just before it).
  @inline(__always) func longestMatch(in text: ScalarText, at offset: Int) -> (length: Int, payload: Int32)? {
    guard mayMatch(in: text, at: offset) else { return nil }
    return longestWalk(in: text, at: offset)
  }

  @inline(never) private func longestWalk(in text: ScalarText, at offset: Int) -> (length: Int, payload: Int32)? {
    var best: (length: Int, payload: Int32)?
    forEachMatch(in: text, at: offset) { length, payload in best = (length, payload) }
    return best
  }
}
