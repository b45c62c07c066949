/// Finds personal names. A Chinese name — a surname (one or two characters, or a Japanese
/// family name) and a given name of one or two characters — is scored from its characters and
/// the words around it (`PersonRecognizer+Scoring`, weights in `PersonEvidence`); a foreign name
/// is a run of transliteration characters beside a title or carried by its context
/// (`ForeignNames`); lists, well-known names and names in Latin letters add more; a name found
/// is then found wherever else the text repeats it. Vocabulary: `PersonWords`.
struct PersonRecognizer: Recognizer {
  let kinds: Set<EntityKind> = [.person]
  /// Every person rule's weight in the resolution (`RuleWeights`).
  private static let weight = RuleWeights.weight(of: "person")

  let surnames = WordList<Void>(PersonWords.surnames.map { String($0) } + PersonWords.compoundSurnames + PersonWords.japaneseSurnames)
  let japaneseSurnames = WordList<Void>(PersonWords.japaneseSurnames)
  let given = ScalarSet(characters: PersonWords.givenCharacters)
  let cuesAfter = WordList<Void>(PersonWords.cuesAfter)
  let cuesBefore = WordList<Void>(PersonWords.cuesBefore)
  let followers = ScalarSet(characters: PersonWords.followers)
  /// Between a title and the name: spaces and a colon (`记者 雷卫华`, `作者：张慧敏`).
  let space: Set<UInt32> = [0x20, 0x3000, 0xFF1A, 0x3A]
  let foreign = ForeignNames()
  let facilitySuffixes = ScalarSet(characters: "祠寺庙岛街路桥楼馆阁塔殿湾港坝渠滩陵洲记派")
  let bylineWords = WordList<Void>(PersonWords.bylineWords)
  let particles = ScalarSet(characters: PersonWords.particlesBefore)
  let speechVerbs = WordList<Void>(PersonWords.speechVerbs)
  let conjunctions = ScalarSet(characters: PersonWords.conjunctionsBefore)
  let functionWords = ScalarSet(characters: PersonWords.functionWordsBefore)
  let singleSurnames = ScalarSet(characters: PersonWords.surnames)
  let places = PlaceGazetteer.shared
  let placeSuffixes = ScalarSet(characters: "镇乡村市县区省州庄屯堡寨")
  let clauseStarts = ScalarSet(characters: "。！？；：，“「\n①②③④⑤⑥⑦⑧⑨⑩．）)")

  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate]) {
    var names: [Name] = []
    var scan = Scan(boundaries: WordBoundaries(text: text))
    defer { scan.boundaries.finish() }
    var index = 0
    while index < text.count {
      // A surname that ends a common word (历史|传说, 银行) or follows a number (５０００万光年)
      // starts no name.
      guard surnames.mayStart(with: text[index]), let surname = surnames.match(in: text, at: index),
        !places.isCommonWord(text[index - 1], text[index]), !DateNumerals.isNumeral(text[index - 1]),
        !endsRole(in: text, at: index)
      else {
        index += 1
        continue
      }
      var found = scoredName(in: text, start: index, surnameLength: surname.length, scan: &scan)
      if surname.length == 2, singleSurnames.contains(text[index]),
        let single = scoredName(in: text, start: index, surnameLength: 1, scan: &scan), single.score > found?.score ?? -1
      {
        found = single  // 东方|红 is no compound surname's name, 东|方红 may be
      }
      guard let found else {
        index += 1
        continue
      }
      names.append(Name(range: index..<found.end, rule: found.rule))
      scan.last = LastName(end: found.end, byline: found.byline)
      index = found.end
    }
    // Foreign names are read after the Chinese ones: the last of those is the one before a list or byline.
    let last = scan.last
    let foreignNames = foreign.names(in: text, cuesAfter: cuesAfter) { run in
      leftEvidence(in: text, before: run.lowerBound, last: last).weight + rightEvidence(in: text, after: run.upperBound).weight
    }.map { Name(range: $0, rule: "person.foreign") }
    names = merge(merge(merge(names, listedNames(in: text)), foreignNames), wellKnownNames(in: text))
    names = merge(names, latinNames(in: text, after: names))
    guard !names.isEmpty else { return }
    for name in names + repeats(of: names, in: text) {
      candidates.append(Candidate(start: name.range.lowerBound, end: name.range.upperBound, kind: .person, value: .none, rule: name.rule, weight: Self.weight))
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

  let wellKnown = WordList<Void>(PersonWords.wellKnown)

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
    return found + givenNamesAlone(of: names, in: text, taken: found)
  }

  /// A two-character given name alone, before a speech verb or title (`孙晓东…晓东说`), where the
  /// text has named the person in full.
  private func givenNamesAlone(of names: [Name], in text: ScalarText, taken: [Name]) -> [Name] {
    var givens: [[UInt32]] = []
    var firsts = ScalarSet()
    for name in names where name.range.count == 3 && name.rule != "person.foreign" && singleSurnames.contains(text[name.range.lowerBound]) {
      let given = Array(text.scalars[name.range.lowerBound + 1..<name.range.upperBound])
      if !givens.contains(given), !places.isCommonWord(given[0], given[1]) {
        givens.append(given)
        firsts.insert(given[0])
      }
    }
    guard !givens.isEmpty else { return [] }
    let covered = (names + taken).map(\.range)
    var found: [Name] = []
    for index in 0..<text.count where firsts.contains(text[index]) {
      for given in givens where text.matches(given, at: index) && !covered.contains(where: { $0.overlaps(index..<index + 2) }) {
        guard !CharacterClass.isHan(text[index - 1]) || clauseStarts.contains(text[index - 1]), cuesAfter.match(in: text, at: index + 2) != nil
        else { continue }
        found.append(Name(range: index..<index + 2, rule: "person.given-name"))
      }
    }
    return found
  }

  /// True when the surname character at `offset` ends a role's word (`工程师|徐恭义`,
  /// `设计师|于晓强`): the name starts after it, if at all.
  private func endsRole(in text: ScalarText, at offset: Int) -> Bool {
    roleEndings.contains(text[offset]) && CharacterClass.isHan(text[offset - 1])
  }

  private let roleEndings = ScalarSet(characters: "师")

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

}
