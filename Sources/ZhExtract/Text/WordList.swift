/// A list of words with payloads, matched longest first at an offset of a `ScalarText`.
/// For the closed vocabularies of rules (currencies, modifiers, stop words); gazetteers use a
/// trie. Words are bucketed by their first (and last) scalar, so a match tries only the words
/// that can fit there.
struct WordList<Payload: Sendable>: Sendable {
  /// Sorted by first scalar, then longest first.
  private let words: [(scalars: [UInt32], payload: Payload)]
  /// The words starting with a scalar: a range of `words`.
  private let byFirst: [UInt32: Range<Int>]
  /// The words ending with a scalar, longest first: indices into `words`.
  private let byLast: [UInt32: [Int]]
  /// The first scalar of every word, to reject most offsets with one lookup.
  let firstScalars: ScalarSet
  /// The last scalar of every word, for matches that end at an offset.
  private let lastScalars: ScalarSet

  init(_ entries: [(String, Payload)]) {
    let words = entries.map { ($0.0.scalarValues, $0.1) }.filter { !$0.0.isEmpty }.sorted { a, b in
      a.0[0] != b.0[0] ? a.0[0] < b.0[0] : a.0.count > b.0.count
    }
    var byFirst: [UInt32: Range<Int>] = [:]
    var start = 0
    for index in words.indices where index + 1 == words.count || words[index + 1].0[0] != words[index].0[0] {
      byFirst[words[index].0[0]] = start..<(index + 1)
      start = index + 1
    }
    var byLast: [UInt32: [Int]] = [:]
    for index in words.indices.sorted(by: { words[$0].0.count > words[$1].0.count }) {
      byLast[words[index].0.last!, default: []].append(index)
    }
    self.words = words.map { (scalars: $0.0, payload: $0.1) }
    self.byFirst = byFirst
    self.byLast = byLast
    firstScalars = ScalarSet(words.map { $0.0[0] })
    lastScalars = ScalarSet(words.map { $0.0.last! })
  }

  /// True when some word starts with `scalar`: a cheap first test for scans.
  @inline(__always) func mayStart(with scalar: UInt32) -> Bool { firstScalars.contains(scalar) }

  /// The longest word that starts at `offset`: its payload and length.
  func match(in text: ScalarText, at offset: Int) -> (payload: Payload, length: Int)? {
    let first = text[offset]
    guard firstScalars.contains(first), let range = byFirst[first] else { return nil }
    for index in range where text.matches(words[index].scalars, at: offset) {
      return (words[index].payload, words[index].scalars.count)
    }
    return nil
  }

  /// The longest word that ends just before `offset`: its payload and length.
  func match(in text: ScalarText, endingAt offset: Int) -> (payload: Payload, length: Int)? {
    let last = text[offset - 1]
    guard lastScalars.contains(last), let indices = byLast[last] else { return nil }
    for index in indices where text.matches(words[index].scalars, endingAt: offset) {
      return (words[index].payload, words[index].scalars.count)
    }
    return nil
  }
}

extension WordList where Payload == Void {
  init(_ words: [String]) { self.init(words.map { ($0, ()) }) }
}
