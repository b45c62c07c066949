/// Persons written in Latin letters inside Chinese text: the original spelling in brackets right
/// after a name (`阿克曼（ayhanakman）`, `科林麦克雷(ColinMcRae)`), and a Latin name right after a
/// role (`编剧CoreyMay`, `选手Sky`) or right before a speech verb.
extension PersonRecognizer {
  func latinNames(in text: ScalarText, after names: [Name]) -> [Name] {
    var found: [Name] = []
    // Spellings in brackets after a name.
    for name in names {
      let open = name.range.upperBound
      guard text[open] == 0x28 || text[open] == 0xFF08 else { continue }
      let word = latinWord(in: text, at: open + 1)
      if word.count >= 3, text[word.upperBound] == 0x29 || text[word.upperBound] == 0xFF09 {
        found.append(Name(range: word, rule: "person.latin-spelling"))
      }
    }
    // Latin names after a role or before a speech verb.
    var index = 0
    while index < text.count {
      guard CharacterClass.isLatinLetter(text[index]), !CharacterClass.isLatinOrDigit(text[index - 1]) else {
        index += 1
        continue
      }
      let word = latinWord(in: text, at: index)
      defer { index = max(word.upperBound, index + 1) }
      guard word.count >= 3, word.count <= 24, !CharacterClass.isLatinOrDigit(text[word.upperBound]),
        !found.contains(where: { $0.range.overlaps(word) })
      else { continue }
      let roleBefore = cuesBefore.match(in: text, endingAt: word.lowerBound) != nil && bylineWords.match(in: text, endingAt: word.lowerBound) == nil
      let verbAfter = speechVerbs.match(in: text, at: word.upperBound) != nil
      if roleBefore || verbAfter { found.append(Name(range: word, rule: "person.latin")) }
    }
    return found
  }

  /// The run of Latin letters (and the dots, hyphens and apostrophes inside names) at `start`.
  private func latinWord(in text: ScalarText, at start: Int) -> Range<Int> {
    var end = start
    while CharacterClass.isLatinLetter(text[end]) || (text[end] == 0x2E || text[end] == 0x2D || text[end] == 0x27) && CharacterClass.isLatinLetter(text[end + 1]) && end > start {
      end += 1
    }
    return start..<end
  }
}
