/// The name-and-context score of a Chinese personal name: a surname, one or two given-name
/// characters, and the words around them, each piece weighed by `PersonEvidence`.
extension PersonRecognizer {
  private typealias Evidence = PersonEvidence

  /// What the scan carries from one name to the next: ICU's word boundaries, taken on demand,
  /// and the last name found (a byline may name two people: `记者 张庆华 李涛`).
  struct Scan {
    var boundaries: WordBoundaries
    var last = LastName()
  }

  /// The end of the last name found, and whether a byline gave it.
  struct LastName {
    var end = -1
    var byline = false
  }

  /// A name that starts at a surname, scored: its end, its score, the rule for `--explain`.
  struct ScoredName {
    var end: Int
    var score: Double
    var rule: String
    var byline: Bool
  }

  /// The best-scoring name that starts at `start` with a surname of `surnameLength`, when its
  /// score is at least zero.
  func scoredName(in text: ScalarText, start: Int, surnameLength: Int, scan: inout Scan) -> ScoredName? {
    let givenStart = start + surnameLength
    // A title is no given name (`吴小姐`, `朱博士`).
    if let title = cuesAfter.match(in: text, at: givenStart), title.length >= 2 { return nil }
    let model = PersonNameModel.shared
    let surnameScore = surnameLength == 2 ? Evidence.compoundSurname : Evidence.surname * (model.surnameOdds(text[start]) ?? 0)
    let left = leftEvidence(in: text, before: start, last: scan.last)
    var best: ScoredName?
    let japanese = surnameLength == 2 && japaneseSurnames.match(in: text, at: start)?.length == 2
    let knownLength = wellKnown.match(in: text, at: start)?.length
    // What holds for every length: a place at the start, a transliteration running in before it.
    let place = places.longestPlace(in: text, at: start)?.length
    let foreignBefore = foreignRunContinues(in: text, at: start, backwards: true)
    for givenLength in japanese ? [3, 2, 1] : [2, 1] {
      let end = givenStart + givenLength
      guard end <= text.count, (givenStart..<end).allSatisfy({ isGivenCharacter(text[$0]) }) else { continue }
      guard !foreign.isNotPerson(text, start..<end), let inside = nameEvidence(in: text, start: start, end: end, place: place, foreignBefore: foreignBefore) else { continue }
      let right = rightEvidence(in: text, after: end)
      var score = Evidence.bias + surnameScore + left.weight + right.weight + inside
      for offset in givenStart..<end { score += model.givenOdds(text[offset]).map { Evidence.given * $0 } ?? Evidence.givenUnseen }
      if givenLength == 1 { score += Evidence.oneGiven }
      if knownLength == end - start { score += Evidence.known }
      if PersonLexicon.shared.contains(text, start..<end) { score += Evidence.lexicon }
      // ICU's word break, only where it can still tip the decision.
      if score + max(0, Evidence.icuUnknown) >= 0 {
        score += wordBreakEvidence(start: start, givenStart: givenStart, end: end, boundaries: &scan.boundaries)
      }
      let rule = left.role ? "person.cue-before" : left.byline || right.credit ? "person.byline" : right.cue ? "person.cue-after" : left.list || right.list ? "person.list" : "person.likely"
      if best.map({ score > $0.score }) ?? true {
        best = ScoredName(end: end, score: score, rule: rule, byline: left.byline || right.credit)
      }
    }
    guard let best, best.score >= 0 else { return nil }
    return best
  }

  /// The given-name odds at or below which a character beside a name is taken as another word's.
  static let unlikelyGiven = -0.3

  /// A character that may be in a given name: Han, and no function word or unit.
  private func isGivenCharacter(_ c: UInt32) -> Bool {
    CharacterClass.isHan(c) && !PersonWords.notGiven.contains(c)
  }

  /// What the words before a name say.
  func leftEvidence(in text: ScalarText, before start: Int, last: LastName) -> (weight: Double, role: Bool, byline: Bool, list: Bool) {
    var before = start
    while space.contains(text[before - 1]) || text[before - 1] == 0x2F { before -= 1 }  // 记者 X, 作者：X, 编辑/X
    let separated = before < start
    if let byline = bylineWords.match(in: text, endingAt: before), byline.length > 1 || separated {
      return (Evidence.byline, false, true, false)
    }
    if cuesBefore.match(in: text, endingAt: before) != nil { return (Evidence.role, true, false, false) }
    if separated, last.end == before, last.byline { return (Evidence.bylineNext, false, true, false) }
    let previous = text[before - 1]
    if previous == 0xFF08 || previous == 0x28 { return (Evidence.bracket, false, false, false) }
    if previous == Self.listSeparator {
      // The next member of a list whose last member is a name (`冯国强、陆敏`).
      return (last.end == before - 1 ? Evidence.listAfterName : Evidence.listBefore, false, false, true)
    }
    if !places.isCommonWord(text[before - 2], previous) {  // not 倾向|于
      if particles.contains(previous) { return (Evidence.particle, false, false, false) }
      if conjunctions.contains(previous) { return (last.end == before - 1 ? Evidence.listAfterName : Evidence.conjunction, false, false, false) }
    }
    if before == 0 || separated || clauseStarts.contains(previous) { return (Evidence.clause, false, false, false) }
    if previous == 0x300A { return (Evidence.titleMark, false, false, false) }  // 《
    if functionWords.contains(previous), !places.isCommonWord(text[before - 2], previous) { return (Evidence.functionWord, false, false, false) }  // 受伤的|托雷斯
    if CharacterClass.isHan(previous) {
      // A surname that is also a preposition, after a verb (`宿|于祠内`, `倾向|于佛家`).
      if PersonWords.prepositionSurnames.contains(text[start]) { return (Evidence.preposition, false, false, false) }
      // After a word (`员工|严守`), the name's edge is clean; inside one it is not.
      if places.commonWordFrequency(text[before - 2], previous) >= 14 { return (Evidence.wordBefore, false, false, false) }
      let odds = PersonNameModel.shared.givenOdds(previous) ?? 0
      let surname = PersonNameModel.shared.surnameOdds(previous) != nil
      return (odds <= Self.unlikelyGiven && !surname ? Evidence.hanBeforeUnlikely : Evidence.hanBefore, false, false, false)
    }
    return (0, false, false, false)
  }

  /// What the words after a name say.
  func rightEvidence(in text: ScalarText, after end: Int) -> (weight: Double, cue: Bool, credit: Bool, list: Bool) {
    let last = text[end - 1], next = text[end]
    let makesWord = places.commonWordFrequency(last, next) >= 16
    if let cue = cuesAfter.match(in: text, at: end) {
      if cue.length >= 2 { return (Evidence.cueAfter, true, false, false) }
      return makesWord ? (Evidence.wordAfter, false, false, false) : (Evidence.shortCueAfter, true, false, false)
    }
    var after = end
    while space.contains(text[after]) { after += 1 }
    if after > end, text[after] == 0x6444, !CharacterClass.isHan(text[after + 1]) { return (Evidence.credit, false, true, false) }  // 摄
    if next == Self.listSeparator || conjunctions.contains(next) && surnames.mayStart(with: text[end + 1]) && !places.isCommonWord(next, text[end + 1]) {
      return (Evidence.listAfter, false, false, true)  // 陆敏、…, 陆敏和郑海燕
    }
    if end >= text.count || followers.contains(next) {
      return (makesWord ? Evidence.wordAfter : Evidence.follower, false, false, false)
    }
    if CharacterClass.isHan(next) {
      if makesWord { return (Evidence.hanAfter + Evidence.wordAfter, false, false, false) }
      // Before a word (`张捷|赶到`), the name's edge is clean.
      if places.commonWordFrequency(next, text[end + 1]) >= 14 { return (Evidence.nextWord, false, false, false) }
      // A character seldom in names (有, 相, 之) more likely starts the next word than ends the name.
      let odds = PersonNameModel.shared.givenOdds(next) ?? 0
      return (odds <= Self.unlikelyGiven ? Evidence.hanAfterUnlikely : Evidence.hanAfter, false, false, false)
    }
    return (0, false, false, false)
  }

  /// What the name's own characters say beyond the character model: common words and
  /// places inside it; nil for a place's name with its suffix (`晏家镇`). `place` is the length
  /// of the place at `start`, `foreignBefore` whether a transliteration runs in from the left.
  private func nameEvidence(in text: ScalarText, start: Int, end: Int, place: Int?, foreignBefore: Bool) -> Double? {
    let length = end - start
    if let place, place >= length {
      if placeSuffixes.contains(text[end - 1]) { return nil }
      return Evidence.place
    }
    if let place, place >= 2 { return Evidence.place }  // 梅州|兴宁: a place, then another
    // A foreign name's part (`费尔迪|南`, `罗季奥|诺夫`): transliteration runs on, or a dot follows.
    if foreignBefore || foreignRunContinues(in: text, at: end) { return Evidence.foreignRun }
    if placeSuffixes.contains(text[end - 1]) { return nil }  // 晏家镇, 王庄村
    if facilitySuffixes.contains(text[end - 1]) { return Evidence.facility }
    if length == 2 { return places.isCommonWord(text[start], text[start + 1]) ? Evidence.commonWord : 0 }
    if places.commonWordFrequency(text[start], text[start + 1]) >= 18 || places.commonWordFrequency(text[start + 1], text[start + 2]) >= 18 {
      return Evidence.commonPair
    }
    return 0
  }

  /// True when a transliterated name runs on at `end`: a dot, or two more characters of
  /// transliterations with one used almost only in them.
  private func foreignRunContinues(in text: ScalarText, at edge: Int, backwards: Bool = false) -> Bool {
    // The characters outside the edge, nearest first, and the one inside.
    let (outside, further, inside) = backwards ? (text[edge - 1], text[edge - 2], text[edge]) : (text[edge], text[edge + 1], text[edge - 1])
    if foreign.isDot(outside) { return true }
    return foreign.isTransliteration(outside) && foreign.isTransliteration(inside)
      && (foreign.isMark(outside) || foreign.isMark(further) && foreign.isTransliteration(further))
  }

  /// ICU's view: its dictionary knows words, not names, so a word that holds the surname and
  /// the next character (`安静`, `宿舍`, `高尔夫`) or runs across either edge speaks against
  /// the name, and three characters cut apart, as ICU cuts names it does not know, for it.
  private func wordBreakEvidence(start: Int, givenStart: Int, end: Int, boundaries: inout WordBoundaries) -> Double {
    if !boundaries.isBoundary(start) || !boundaries.isBoundary(end) { return Evidence.icuCrossed }
    if !boundaries.isBoundary(givenStart) { return Evidence.icuWord }
    if end - start == 3, boundaries.isBoundary(start + 1), boundaries.isBoundary(start + 2) { return Evidence.icuUnknown }
    return 0
  }
}
