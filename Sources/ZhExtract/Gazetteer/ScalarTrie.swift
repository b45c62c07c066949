/// A trie over Unicode scalars, built once and then only read (so it is `Sendable`).
///
/// Edges live in one open-addressing hash table keyed by (node, scalar), and the root's
/// children in a direct table for the Basic Multilingual Plane: a scan rejects a character
/// that starts no word with one array load, and walks a word with one probe per character.
/// Each terminal node holds a linked list of payload indices.
struct ScalarTrie: Sendable {
  private(set) var nodeCount: Int32 = 1
  private var rootChildren = [Int32](repeating: -1, count: 0x10000)
  /// Edges: the key `(node + 1) << 21 | scalar` in the low 42 bits, the child in the high 22
  /// (one load per step); 0 marks an empty slot.
  private var slots: [UInt64]
  private var mask: Int
  private var used = 0
  /// First payload of each node (-1: not terminal); payloads chain through `nextPayload`.
  private(set) var firstPayload: [Int32] = [-1]
  private(set) var payloads: [Int32] = []
  private(set) var nextPayload: [Int32] = []
  /// The first two scalars of every word, to skip the hash table where no word continues.
  private var pairs = ScalarPairSet(capacity: 1 << 15)
  /// The first scalar of every word: an 8 KB bitmap, kinder to the cache than `rootChildren`.
  private var starts = ScalarSet()
  /// Whether some word is a single scalar.
  private(set) var hasOneScalarWords = false
  /// One bit per node: whether a word ends there (a small bitmap, unlike `firstPayload`).
  private var terminals: [UInt64] = [0]
  private static let keyMask: UInt64 = 1 << 42 - 1

  init(capacity: Int = 1 << 18) {
    var size = 1024
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  @inline(__always) private static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
    UInt64(UInt32(bitPattern: node) &+ 1) << 21 | UInt64(scalar)
  }

  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  /// The child of `node` along `scalar`, or -1.
  @inline(__always) func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
    if node == 0 { return scalar < 0x10000 ? rootChildren[Int(scalar)] : lookup(0, scalar) }
    return lookup(node, scalar)
  }

  @inline(__always) private func lookup(_ node: Int32, _ scalar: UInt32) -> Int32 {
    let key = Self.key(node, scalar)
    var index = slot(key)
    while true {
      let entry = slots[index]
      if entry & Self.keyMask == key { return Int32(truncatingIfNeeded: entry >> 42) }
      if entry == 0 { return -1 }
      index = (index + 1) & mask
    }
  }

  /// True when a word ends at `node`.
  @inline(__always) func isTerminal(_ node: Int32) -> Bool {
    terminals[Int(node) >> 6] & (1 << UInt64(node & 63)) != 0
  }

  /// False when no word starts with `first` then `second` (true may be a false positive).
  @inline(__always) func mayContinue(_ first: UInt32, _ second: UInt32) -> Bool { pairs.contains(first, second) }

  /// True when some word starts with `scalar`.
  @inline(__always) func mayStart(with scalar: UInt32) -> Bool { starts.contains(scalar) }

  private mutating func addChild(_ node: Int32, _ scalar: UInt32) -> Int32 {
    let existing = child(node, scalar)
    if existing >= 0 { return existing }
    let new = nodeCount
    precondition(new < 1 << 21 - 1, "ScalarTrie holds at most 2^21 nodes")
    nodeCount += 1
    firstPayload.append(-1)
    if Int(new) >> 6 >= terminals.count { terminals.append(0) }
    if node == 0 && scalar < 0x10000 {
      rootChildren[Int(scalar)] = new
      return new
    }
    if (used + 1) * 2 > slots.count { grow() }
    let key = Self.key(node, scalar)
    var index = slot(key)
    while slots[index] != 0 { index = (index + 1) & mask }
    slots[index] = key | UInt64(new) << 42
    used += 1
    return new
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    for entry in old where entry != 0 {
      var slot = slot(entry & Self.keyMask)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }

  /// Adds `word` with `payload`.
  mutating func insert<S: Sequence<UInt32>>(_ word: S, payload: Int32) {
    var node: Int32 = 0
    var first: UInt32 = 0
    var depth = 0
    for scalar in word {
      if depth == 0 {
        first = scalar
        starts.insert(scalar)
      } else if depth == 1 {
        pairs.insert(first, scalar)
      }
      depth += 1
      node = addChild(node, scalar)
    }
    guard node != 0 else { return }
    if depth == 1 { hasOneScalarWords = true }
    terminals[Int(node) >> 6] |= 1 << UInt64(node & 63)
    payloads.append(payload)
    nextPayload.append(firstPayload[Int(node)])
    firstPayload[Int(node)] = Int32(payloads.count - 1)
  }

  /// The payloads stored at `node`.
  func forEachPayload(at node: Int32, _ body: (Int32) -> Void) {
    var link = firstPayload[Int(node)]
    while link >= 0 {
      body(payloads[Int(link)])
      link = nextPayload[Int(link)]
    }
  }

  /// The node reached by `word`, or -1.
  func node(for word: some Sequence<UInt32>) -> Int32 {
    var node: Int32 = 0
    for scalar in word {
      node = child(node, scalar)
      if node < 0 { return -1 }
    }
    return node
  }
}
