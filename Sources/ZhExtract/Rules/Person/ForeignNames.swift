/// Foreign names written in Chinese: a run of transliteration characters (parts joined by ·)
/// right after a title (`总统克林顿`) or right before a speech verb or title (`阿拉法特说`,
/// `叶利钦总统`), with at least one character used almost only in transliterations, and not a
/// place's name (`俄罗斯说`).
struct ForeignNames: Sendable {
  private let characters = ScalarSet(characters: PersonWords.transliteration)
  private let marks = ScalarSet(characters: PersonWords.transliterationMarks)
  private let cuesBefore = WordList<Void>(PersonWords.foreignCuesBefore)
  private let dot: Set<UInt32> = [0xB7, 0x30FB, 0x2022]  // ·, ・, •

  /// True for a character of transliterated names.
  func isTransliteration(_ c: UInt32) -> Bool { characters.contains(c) }
  /// True for a character used almost only in transliterations.
  func isMark(_ c: UInt32) -> Bool { marks.contains(c) }

  /// The foreign names of `text`; `cuesAfter` are the person recognizer's words after a name.
  func names(in text: ScalarText, cuesAfter: WordList<Void>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = 0
    while index < text.count {
      guard characters.contains(text[index]) else {
        index += 1
        continue
      }
      var end = index
      while characters.contains(text[end]) || (dot.contains(text[end]) && characters.contains(text[end + 1]) && end > index) { end += 1 }
      if accepts(text, index..<end, cuesAfter: cuesAfter) { found.append(index..<end) }
      index = end
    }
    return found
  }

  private func accepts(_ text: ScalarText, _ run: Range<Int>, cuesAfter: WordList<Void>) -> Bool {
    guard (2...10).contains(run.count), run.contains(where: { marks.contains(text[$0]) }) else { return false }
    guard cuesBefore.match(in: text, endingAt: run.lowerBound) != nil || cuesAfter.match(in: text, at: run.upperBound) != nil else {
      return false
    }
    let places = PlaceGazetteer.shared
    if let place = places.longestPlace(in: text, at: run.lowerBound), place.length * 2 >= run.count { return false }
    // A place that starts just before the run and runs into it (俄|罗斯).
    for back in 1...2 where run.lowerBound - back >= 0 {
      if let place = places.longestPlace(in: text, at: run.lowerBound - back), place.length > back { return false }
    }
    return true
  }
}
