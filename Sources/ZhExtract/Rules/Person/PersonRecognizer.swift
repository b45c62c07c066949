/// Finds Chinese personal names: a surname and a given name of one or two characters, taken
/// only where the words around show a person (`王明元说`, `总理李鹏在…`, `（记者 雷卫华）`);
/// a name found so is then found wherever else the text repeats it. Vocabulary: `PersonWords`.
struct PersonRecognizer: Recognizer {
  let kinds: Set<EntityKind> = [.person]

  let surnames = WordList<Void>(PersonWords.surnames.map { String($0) } + PersonWords.compoundSurnames)
  let given = ScalarSet(characters: PersonWords.givenCharacters)
  private let cuesAfter = WordList<Void>(PersonWords.cuesAfter)
  private let cuesBefore = WordList<Void>(PersonWords.cuesBefore)
  private let followers = ScalarSet(characters: PersonWords.followers)
  /// Between a title and the name: spaces and a colon (`记者 雷卫华`, `作者：张慧敏`).
  private let space: Set<UInt32> = [0x20, 0x3000, 0xFF1A, 0x3A]
  private let foreign = ForeignNames()

  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate]) {
    var names: [Name] = []
    var singles: [Bool]?  // ICU tokens of one character, computed when first needed
    var index = 0
    while index < text.count {
      // A surname that ends a common word (历史|传说, 银行) or follows a number (５０００万光年)
      // starts no name.
      guard surnames.mayStart(with: text[index]), let surname = surnames.match(in: text, at: index),
        !places.isCommonWord(text[index - 1], text[index]), !DateNumerals.isNumeral(text[index - 1]),
        let found = nameEnd(in: text, start: index, givenStart: index + surname.length)
          ?? unknownWord(in: text, start: index, surnameLength: surname.length, singles: &singles).map({ ($0, "person.unknown-word") })
          ?? surnameWithTitle(in: text, start: index, surnameLength: surname.length).map({ ($0, "person.surname-title") })
      else {
        index += 1
        continue
      }
      names.append(Name(range: index..<found.end, rule: found.rule))
      index = found.end
    }
    let foreignNames = foreign.names(in: text, cuesAfter: cuesAfter).map { Name(range: $0, rule: "person.foreign") }
    names = merge(merge(merge(names, listedNames(in: text)), foreignNames), wellKnownNames(in: text))
    guard !names.isEmpty else { return }
    for name in names + repeats(of: names, in: text) {
      candidates.append(Candidate(start: name.range.lowerBound, end: name.range.upperBound, kind: .person, value: .none, rule: name.rule))
    }
  }

  /// Names of `PersonWords.wellKnown`, where they do not run on into a longer name (a
  /// two-character one before another given-name character) or start inside one.
  private func wellKnownNames(in text: ScalarText) -> [Name] {
    var found: [Name] = []
    var index = 0
    while index < text.count {
      guard wellKnown.mayStart(with: text[index]), let known = wellKnown.match(in: text, at: index),
        !given.contains(text[index + known.length]) || known.length > 2,
        !CharacterClass.isHan(text[index - 1]) || !surnames.mayStart(with: text[index - 1]) || followers.contains(text[index - 1])
      else {
        index += 1
        continue
      }
      found.append(Name(range: index..<index + known.length, rule: "person.known"))
      index += known.length
    }
    return found
  }

  private let wellKnown = WordList<Void>(PersonWords.wellKnown)

  /// A name found and the rule that found it.
  struct Name {
    var range: Range<Int>
    var rule: String
  }

  /// The names found, wherever else the text repeats them with no cue beside them.
  private func repeats(of names: [Name], in text: ScalarText) -> [Name] {
    var known: [[UInt32]] = []
    var firsts = ScalarSet()
    for name in names where name.range.count > 1 && !known.contains(where: { $0.elementsEqual(text.scalars[name.range]) }) {
      known.append(Array(text.scalars[name.range]))
      firsts.insert(text[name.range.lowerBound])
    }
    var found: [Name] = []
    var index = 0
    var next = 0
    while index < text.count {
      if next < names.count, names[next].range.lowerBound == index {
        index = names[next].range.upperBound
        next += 1
        continue
      }
      // A two-character name must not run on into a longer one (李鹏 in 李鹏飞).
      if firsts.contains(text[index]), let name = known.first(where: { text.matches($0, at: index) }),
        name.count > 2 || !given.contains(text[index + name.count])
      {
        found.append(Name(range: index..<index + name.count, rule: "person.repeat"))
        index += name.count
        continue
      }
      index += 1
    }
    return found
  }

  /// The end of a name whose surname ends at `givenStart`, when the words around show a person.
  private func nameEnd(in text: ScalarText, start: Int, givenStart: Int) -> (end: Int, rule: String)? {
    // Beside a cue, one character of a two-character given name may be outside the list
    // (钱其琛, 朱镕基).
    // A title is no given name (`吴小姐`, `朱博士`).
    if let title = cuesAfter.match(in: text, at: givenStart), title.length >= 2 { return nil }
    let first = given.contains(text[givenStart]), second = given.contains(text[givenStart + 1])
    let oneGiven = first
    let twoGiven = first && (second || isRareGiven(text[givenStart + 1])) || second && isRareGiven(text[givenStart])
    guard oneGiven || twoGiven else { return nil }
    // A title or speech verb right after the name settles its length. A title may make a
    // word with the name's last character (江泽民主席: 民主); a one-character verb may not (于小说).
    if twoGiven, let cue = cuesAfter.match(in: text, at: givenStart + 2),
      isName(in: text, start: start, end: givenStart + 2, checkingNext: cue.length == 1)
    {
      return (givenStart + 2, "person.cue-after")
    }
    if oneGiven, let cue = cuesAfter.match(in: text, at: givenStart + 1),
      isName(in: text, start: start, end: givenStart + 1, checkingNext: cue.length == 1)
    {
      return (givenStart + 1, "person.cue-after")
    }
    let one = oneGiven && isName(in: text, start: start, end: givenStart + 1)
    let two = twoGiven && isName(in: text, start: start, end: givenStart + 2)
    guard one || two else { return nil }
    // A title or role right before it (`总理李鹏`, `记者 雷卫华`): the length from what follows.
    var before = start
    while space.contains(text[before - 1]) { before -= 1 }
    guard cuesBefore.match(in: text, endingAt: before) != nil || isByline(text, before: before) && first && second else {
      guard first else { return nil }
      return sentenceSubject(in: text, start: start, givenStart: givenStart, two: two && second).map { ($0, "person.subject") }
    }
    if two, followers.contains(text[givenStart + 2]) || text[givenStart + 2] == 0 { return (givenStart + 2, "person.cue-before") }
    if one, followers.contains(text[givenStart + 1]) || text[givenStart + 1] == 0 { return (givenStart + 1, "person.cue-before") }
    return nil
  }

  /// False for a span that reads as common words: a two-character name that is a word
  /// (`银行`, `文学`), a given name that is a very frequent word (`万群众`), or a last
  /// character that makes a word with the next one (`于小说`).
  private func isName(in text: ScalarText, start: Int, end: Int, checkingNext: Bool = true) -> Bool {
    if end - start == 2, places.isCommonWord(text[start], text[start + 1]) { return false }
    if placeSuffixes.contains(text[end - 1]), let place = places.longestPlace(in: text, at: start), place.length >= end - start {
      return false  // 晏家镇
    }
    if end - start == 3, places.commonWordFrequency(text[start + 1], text[start + 2]) >= 18
      || places.commonWordFrequency(text[start], text[start + 1]) >= 18
    {
      return false  // 数万群众, 宣传中
    }
    return !checkingNext || places.commonWordFrequency(text[end - 1], text[end]) < 16
  }

  /// A surname alone before a title or form of address (`江主席`, `王先生`): the surname is the
  /// name.
  private func surnameWithTitle(in text: ScalarText, start: Int, surnameLength: Int) -> Int? {
    guard surnameLength == 1, surnameTitles.match(in: text, at: start + 1) != nil,
      !CharacterClass.isHan(text[start - 1]) || followers.contains(text[start - 1]) || cuesBefore.match(in: text, endingAt: start) != nil
    else { return nil }
    return start + 1
  }

  private let surnameTitles = WordList<Void>(PersonWords.surnameTitles)

  /// A name opening a sentence or clause: three characters before a verb or function word
  /// (`钱其琛在福建考察`) when neither of its pairs is a common word (`黄金在`, `高新区`); two
  /// before 在, 说 or a colon (`李鹏在`, `姜山：`).
  private func sentenceSubject(in text: ScalarText, start: Int, givenStart: Int, two: Bool) -> Int? {
    guard givenStart == start + 1, clauseStarts.contains(text[start - 1]) || start == 0 else { return nil }
    if two, subjectFollowers.contains(text[start + 3]), !places.isCommonWord(text[start], text[start + 1]),
      !places.isCommonWord(text[start + 1], text[start + 2])
    {
      return start + 3
    }
    if strongSubjectFollowers.contains(text[start + 2]) { return start + 2 }
    return nil
  }

  private let places = PlaceGazetteer.shared
  private let placeSuffixes = ScalarSet(characters: "镇乡村市县区省州庄屯堡寨")
  private let clauseStarts = ScalarSet(characters: "。！？；：，“「\n")
  private let subjectFollowers = ScalarSet(characters: "在说是就把对也还又已曾将则却都向从为和与及等：")
  /// After a two-character name opening a clause, only these (`李鹏在`, `姜山：`).
  private let strongSubjectFollowers = ScalarSet(characters: "在说：")

  /// A three-character name that ICU's dictionary does not know: ICU cuts it into three
  /// one-character tokens, as it does unknown names, while words come out whole.
  private func unknownWord(in text: ScalarText, start: Int, surnameLength: Int, singles: inout [Bool]?) -> Int? {
    // No cue beside it: a place's suffix at the end makes it a village or town (晏家镇).
    guard surnameLength == 1, given.contains(text[start + 1]), given.contains(text[start + 2]), !placeSuffixes.contains(text[start + 2]),
      isName(in: text, start: start, end: start + 3), !places.isCommonWord(text[start], text[start + 1]),
      !places.isCommonWord(text[start + 1], text[start + 2])
    else { return nil }
    if singles == nil { singles = Self.singleCharacterTokens(text) }
    guard let singles, singles.count == text.count, singles[start], singles[start + 1], singles[start + 2] else { return nil }
    // Not in the middle of a run of single characters (a name then continues, or it is no name).
    if start > 0, singles[start - 1], CharacterClass.isHan(text[start - 1]), !followers.contains(text[start - 1]) { return nil }
    if start + 3 < text.count, singles[start + 3], CharacterClass.isHan(text[start + 3]), !followers.contains(text[start + 3]) { return nil }
    return start + 3
  }

  /// For each scalar, whether ICU's word break makes it a token of its own.
  private static func singleCharacterTokens(_ text: ScalarText) -> [Bool] {
    var singles = [Bool](repeating: false, count: text.count)
    guard let breaker = WordBreakerPool.shared.take() else { return singles }
    defer { WordBreakerPool.shared.give(breaker) }
    try? breaker.segment(scalars: text.scalars) { start, end in
      if end - start == 1 { singles[start] = true }
    }
    return singles
  }

  /// Two lists of ranges as one sorted list, the longer range winning an overlap
  /// (`克雷蒂安` over the `雷蒂安` read as a Chinese name), the first list a tie.
  private func merge(_ first: [Name], _ second: [Name]) -> [Name] {
    let ranked = (first.map { ($0, 0) } + second.map { ($0, 1) }).sorted { a, b in
      a.0.range.count != b.0.range.count ? a.0.range.count > b.0.range.count : a.1 < b.1
    }
    var result: [Name] = []
    for (name, _) in ranked where !result.contains(where: { $0.range.overlaps(name.range) }) { result.append(name) }
    return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// A Han character that may be in a given name though the list lacks it: not a function
  /// word, punctuation or a common verb's first character.
  func isRareGiven(_ c: UInt32) -> Bool {
    CharacterClass.isHan(c) && !followers.contains(c) && !PersonWords.notGiven.contains(c)
  }

  /// `（张三）`, `(李四 王五)` after a dateline: an opening bracket right before the name.
  private func isByline(_ text: ScalarText, before offset: Int) -> Bool {
    text[offset - 1] == 0xFF08 || text[offset - 1] == 0x28
  }
}
