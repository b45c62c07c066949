/// A trie over Unicode scalars, built once and then only read (so it is `Sendable`).
///
/// Edges live in one open-addressing hash table keyed by (node, scalar), and the root's
/// children in a direct table for the Basic Multilingual Plane: a scan rejects a character
/// that starts no word with one array load, and walks a word with one probe per character.
/// Each terminal node holds a linked list of payload indices.
struct ScalarTrie: Sendable {
  private(set) var nodeCount: Int32 = 1
  private var rootChildren = [Int32](repeating: -1, count: 0x10000)
  /// Edges: `(node + 1) << 45 | scalar << 24 | child`; 0 is an empty slot. One word per edge
  /// keeps a probe to one cache line.
  private var edges: [UInt64]
  private var mask: Int
  private var used = 0
  /// The (first, second) scalar pairs of every word: a scan position whose pair is not in it
  /// starts no word of two or more scalars, known from a filter that stays in cache instead of
  /// a probe into the edge table.
  private var pairs: ScalarPairSet
  /// The first scalar of every word: an 8 KB bitmap, kinder to the cache than `rootChildren`.
  private(set) var starts = ScalarSet()
  /// One bit per node: whether a word ends there (a small bitmap, unlike `firstPayload`).
  private var terminals: [UInt64] = [0]
  /// First payload of each node (-1: not terminal); payloads chain through `nextPayload`.
  private(set) var firstPayload: [Int32] = [-1]
  private(set) var payloads: [Int32] = []
  private(set) var nextPayload: [Int32] = []

  private static let childBits: UInt64 = 24
  private static let maximumNodes: Int32 = 1 << 19 - 1

  /// A trie for about `capacity` nodes. The edge table is sized, and grows, to stay at most three
  /// quarters full: fuller than usual for linear probing, but a smaller table misses the cache
  /// less on the scan's walks.
  init(capacity: Int = 1 << 18) {
    var size = 1024
    while size * 3 < capacity * 4 { size <<= 1 }
    edges = [UInt64](repeating: 0, count: size)
    mask = size - 1
    pairs = ScalarPairSet(capacity: capacity / 3)  // place names: 31,000 first pairs per 90,000 nodes
    firstPayload.reserveCapacity(capacity)
  }

  @inline(__always) private static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
    UInt64(UInt32(bitPattern: node) &+ 1) << 21 | UInt64(scalar)
  }

  @inline(__always) private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
  }

  /// The child of `node` along `scalar`, or -1.
  @inline(__always) func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
    if node == 0 && scalar < 0x10000 { return rootChildren[Int(scalar)] }
    let key = Self.key(node, scalar)
    var index = slot(key)
    while true {
      let edge = edges[index]
      if edge >> Self.childBits == key { return Int32(truncatingIfNeeded: edge & (1 << Self.childBits - 1)) }
      if edge == 0 { return -1 }
      index = (index + 1) & mask
    }
  }

  /// True when some word starts with `scalar`.
  @inline(__always) func mayStart(with scalar: UInt32) -> Bool { starts.contains(scalar) }

  /// True when a word ends at `node`.
  @inline(__always) func isTerminal(_ node: Int32) -> Bool {
    terminals[Int(node) >> 6] & (1 << UInt64(node & 63)) != 0
  }

  /// False when no word of two or more scalars starts with `first`, `second`.
  @inline(__always) func mayStart(with first: UInt32, _ second: UInt32) -> Bool { pairs.contains(first, second) }

  private mutating func newNode() -> Int32 {
    precondition(nodeCount < Self.maximumNodes, "ScalarTrie: too many nodes")
    let new = nodeCount
    nodeCount += 1
    firstPayload.append(-1)
    if Int(new) >> 6 >= terminals.count { terminals.append(0) }
    return new
  }

  private mutating func addChild(_ node: Int32, _ scalar: UInt32) -> Int32 {
    if node == 0 && scalar < 0x10000 {
      let existing = rootChildren[Int(scalar)]
      if existing >= 0 { return existing }
      let new = newNode()
      rootChildren[Int(scalar)] = new
      return new
    }
    if (used + 1) * 4 > edges.count * 3 { grow() }
    let key = Self.key(node, scalar)
    var index = slot(key)
    while true {
      let edge = edges[index]
      if edge >> Self.childBits == key { return Int32(truncatingIfNeeded: edge & (1 << Self.childBits - 1)) }
      if edge == 0 { break }
      index = (index + 1) & mask
    }
    let new = newNode()
    edges[index] = key << Self.childBits | UInt64(new)
    used += 1
    return new
  }

  private mutating func grow() {
    let old = edges
    edges = [UInt64](repeating: 0, count: old.count * 2)
    mask = edges.count - 1
    for edge in old where edge != 0 {
      var index = slot(edge >> Self.childBits)
      while edges[index] != 0 { index = (index + 1) & mask }
      edges[index] = edge
    }
  }

  /// Adds `word` with `payload`.
  mutating func insert<S: Sequence<UInt32>>(_ word: S, payload: Int32) {
    var node: Int32 = 0
    var first: UInt32 = 0
    var count = 0
    for scalar in word {
      node = addChild(node, scalar)
      if count == 0 {
        first = scalar
        starts.insert(scalar)
      } else if count == 1 {
        pairs.insert(first, scalar)
      }
      count += 1
    }
    guard node != 0 else { return }
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
