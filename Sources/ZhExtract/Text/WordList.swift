/// A short list of words with payloads, matched longest first at an offset of a `ScalarText`.
/// For the small closed vocabularies of rules (currencies, modifiers); gazetteers use a trie.
struct WordList<Payload: Sendable>: Sendable {
  private let words: [(scalars: [UInt32], payload: Payload)]
  /// The first scalar of every word, to reject most offsets with one lookup.
  private let firstScalars: ScalarSet
  /// The last scalar of every word, for matches that end at an offset.
  private let lastScalars: ScalarSet

  init(_ entries: [(String, Payload)]) {
    words = entries.map { ($0.0.scalarValues, $0.1) }.sorted { $0.scalars.count > $1.scalars.count }
    firstScalars = ScalarSet(words.compactMap(\.scalars.first))
    lastScalars = ScalarSet(words.compactMap(\.scalars.last))
  }

  /// True when some word starts with `scalar`: a cheap first test for scans.
  @inline(__always) func mayStart(with scalar: UInt32) -> Bool { firstScalars.contains(scalar) }

  /// The longest word that starts at `offset`: its payload and length.
  func match(in text: ScalarText, at offset: Int) -> (payload: Payload, length: Int)? {
    guard firstScalars.contains(text[offset]) else { return nil }
    for word in words where text.matches(word.scalars, at: offset) {
      return (word.payload, word.scalars.count)
    }
    return nil
  }

  /// The longest word that ends just before `offset`: its payload and length.
  func match(in text: ScalarText, endingAt offset: Int) -> (payload: Payload, length: Int)? {
    guard lastScalars.contains(text[offset - 1]) else { return nil }
    for word in words where text.matches(word.scalars, endingAt: offset) {
      return (word.payload, word.scalars.count)
    }
    return nil
  }
}

extension WordList where Payload == Void {
  init(_ words: [String]) { self.init(words.map { ($0, ()) }) }
}
