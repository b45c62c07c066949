/// Names in lists: `秦德文、袁荣贵（女）、栗寿山`.
extension PersonRecognizer {
  static let listSeparator: UInt32 = 0x3001  // 、
  /// What may end the last name of a list.
  private static let listEnds = ScalarSet(characters: "，。；：！？”）)等和及\u{20}\u{3000}")

  /// Names in a list (`秦德文、袁荣贵、栗寿山`): three or more in a row, each a surname and a
  /// given name, separated by 、 (a note such as `（女）` may follow each).
  func listedNames(in text: ScalarText) -> [Name] {
    var found: [Name] = []
    var index = 0
    while index < text.count {
      guard text[index] == Self.listSeparator, let first = name(endingAt: index, in: text) else {
        index += 1
        continue
      }
      var items = [first]
      var separator = index
      while text[separator] == Self.listSeparator, let item = name(startingAt: separator + 1, in: text) {
        items.append(item.name)
        separator = item.next
      }
      if items.count >= 3 { found += items.map { Name(range: $0, rule: "person.list") } }
      index = max(separator, index + 1)
    }
    return found
  }

  /// A list item at `start`: the name and the offset after it and its note.
  private func name(startingAt start: Int, in text: ScalarText) -> (name: Range<Int>, next: Int)? {
    guard surnames.mayStart(with: text[start]), let surname = surnames.match(in: text, at: start) else { return nil }
    let givenStart = start + surname.length
    for length in [2, 1] where isListedGivenName(text, givenStart..<givenStart + length) {
      let end = givenStart + length
      let next = afterNote(end, in: text)
      if text[next] == Self.listSeparator || Self.listEnds.contains(text[next]) || next >= text.count { return (start..<end, next) }
    }
    return nil
  }

  /// A list item ending at the separator at `separator`.
  private func name(endingAt separator: Int, in text: ScalarText) -> Range<Int>? {
    var end = separator
    if text[end - 1] == 0xFF09 || text[end - 1] == 0x29 {  // a note: 王三（女）、
      var open = end - 2
      while open > end - 8, open > 0, text[open] != 0xFF08, text[open] != 0x28 { open -= 1 }
      guard text[open] == 0xFF08 || text[open] == 0x28 else { return nil }
      end = open
    }
    for length in [3, 2, 4] where end - length >= 0 {
      let start = end - length
      guard surnames.mayStart(with: text[start]), let surname = surnames.match(in: text, at: start) else { continue }
      let givenLength = length - surname.length
      if (1...2).contains(givenLength), isListedGivenName(text, start + surname.length..<end) {
        return start..<end
      }
    }
    return nil
  }

  /// The offset after a note in brackets right after a name (`（女）`, `（朝鲜族）`), or `end`.
  private func afterNote(_ end: Int, in text: ScalarText) -> Int {
    guard text[end] == 0xFF08 || text[end] == 0x28 else { return end }
    var close = end + 1
    while close < end + 7, close < text.count, text[close] != 0xFF09, text[close] != 0x29 { close += 1 }
    return text[close] == 0xFF09 || text[close] == 0x29 ? close + 1 : end
  }

  /// A given name in a list: its characters from the list of given-name characters, but for
  /// one that is merely no function word (`戴克戎`), as the list itself shows persons.
  private func isListedGivenName(_ text: ScalarText, _ range: Range<Int>) -> Bool {
    let outside = range.filter { !given.contains(text[$0]) }
    return outside.isEmpty || outside.count == 1 && range.count == 2 && isRareGiven(text[outside[0]])
  }
}
