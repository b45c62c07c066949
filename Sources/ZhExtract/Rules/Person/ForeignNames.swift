/// Foreign names written in Chinese: a run of transliteration characters (parts joined by ·)
/// right after a title (`总统克林顿`) or right before a speech verb or title (`阿拉法特说`,
/// `叶利钦总统`), with at least one character used almost only in transliterations, and not a
/// place's name (`俄罗斯说`).
struct ForeignNames: Sendable {
  /// The hand-written transliteration characters, and those the name model finds mostly in
  /// transliterations (`PersonNameModel.foreignOdds`).
  private let characters: ScalarSet = {
    var characters = ScalarSet(characters: PersonWords.transliteration)
    let model = PersonNameModel.shared
    for scalar in UInt32(0x4E00)...0x9FFF where (model.foreignOdds(scalar) ?? 0) >= PersonEvidence.foreignCharacter {
      characters.insert(scalar)
    }
    return characters
  }()
  private let marks = ScalarSet(characters: PersonWords.transliterationMarks)
  private let cuesBefore = WordList<Void>(PersonWords.foreignCuesBefore)
  /// The dots between the parts of a foreign name (·, ・, •).
  private static let dots: Set<UInt32> = [0xB7, 0x30FB, 0x2022]
  /// What joins two parts: a dot, and the hyphen or full stop some texts use instead (巴托洛梅-马克斯).
  private let dot: Set<UInt32> = dots.union([0x2D, 0xFF0D, 0x2E])

  /// True for a dot between the parts of a foreign name (·, ・, •).
  func isDot(_ c: UInt32) -> Bool { Self.dots.contains(c) }
  /// True for a character of transliterated names.
  func isTransliteration(_ c: UInt32) -> Bool { characters.contains(c) }
  /// True for a character used almost only in transliterations.
  func isMark(_ c: UInt32) -> Bool { marks.contains(c) }

  /// The foreign names of `text`; `cuesAfter` are the person recognizer's words after a name.
  /// `context` weighs the words around a run with no cue beside it (`PersonEvidence`).
  func names(in text: ScalarText, cuesAfter: WordList<Void>, context: (Range<Int>) -> Double) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var index = 0
    while index < text.count {
      if let word = notPersons.match(in: text, at: index) {  // 桑塔纳 holds no 塔纳
        index += word.length
        continue
      }
      if let run = titledRun(in: text, at: index, cuesAfter: cuesAfter) {
        found.append(run)
        index = run.upperBound
        continue
      }
      guard characters.contains(text[index]) else {
        index += 1
        continue
      }
      var end = index
      while characters.contains(text[end]) || (dot.contains(text[end]) && characters.contains(text[end + 1]) && end > index) { end += 1 }
      // The longest accepted run from here: a run may take in the next word's first character (费尔南德斯|多次).
      let accepted = stride(from: end, through: index + 2, by: -1).filter { accepts(text, index..<$0, cuesAfter: cuesAfter, context: context) }
      if let accepted = accepted.first(where: { cleanEnd(text, $0, cuesAfter: cuesAfter) }) ?? accepted.first {
        found.append(index..<accepted)
        index = accepted
      } else {
        index += 1  // a run may start with the end of a title (主席|卡明斯基)
      }
    }
    return found
  }

  /// A foreign name right after a title or role that holds a few characters the
  /// transliteration list lacks (`副主席卡明斯基`, `主席埃米略·德·孔西里斯`): most of its
  /// letters, and its first and last, must still be transliteration characters.
  private func titledRun(in text: ScalarText, at start: Int, cuesAfter: WordList<Void>) -> Range<Int>? {
    // After a title, and not inside one (秘书|长瓦尔特): no title ends with the first letter.
    guard characters.contains(text[start]), cuesBefore.match(in: text, endingAt: start) != nil || roleCues.match(in: text, endingAt: start) != nil,
      roleCues.match(in: text, endingAt: start + 1) == nil, cuesBefore.match(in: text, endingAt: start + 1) == nil
    else { return nil }
    var end = start
    // Letters up to a word that follows names (说, 先生, 率领) or a place (抵达|波士顿).
    while end - start < 24, isLetter(text[end]) || dot.contains(text[end]) && isLetter(text[end + 1]) && end > start {
      if end > start, cuesAfter.match(in: text, at: end) != nil || PlaceGazetteer.shared.longestPlace(in: text, at: end) != nil { break }
      end += 1
    }
    for stop in stride(from: end, through: start + 3, by: -1) {
      let run = start..<stop
      guard cleanEnd(text, stop, cuesAfter: cuesAfter), !isNotPerson(text, run) else { continue }
      let letters = run.filter { !dot.contains(text[$0]) }
      let listed = letters.filter { characters.contains(text[$0]) }.count
      let loose = letters.count - listed
      // The missing letters stand inside the name, never at its ends (祝贺|布拉特, 克林顿|派).
      guard loose >= 1, loose * 4 <= letters.count, characters.contains(text[letters[0]]), characters.contains(text[letters[letters.count - 1]]),
        letters.contains(where: { marks.contains(text[$0]) }),
        !dot.contains(text[stop - 1]), !isPlace(text, run), PlaceGazetteer.shared.longestPlace(in: text, at: start) == nil
      else { continue }
      return run
    }
    return nil
  }

  /// True when a word of `PersonWords.notPersons` (a brand, a prize, a landmark) starts the run.
  func isNotPerson(_ text: ScalarText, _ run: Range<Int>) -> Bool {
    guard let word = notPersons.match(in: text, at: run.lowerBound) else { return false }
    return word.length >= min(run.count, 2)
  }

  private let notPersons = WordList<Void>(PersonWords.notPersons)

  /// A Han character that may stand in a transliterated name: no punctuation, function word or unit.
  private func isLetter(_ c: UInt32) -> Bool {
    CharacterClass.isHan(c) && !PersonWords.notGiven.contains(c) && !clauseEdges.contains(c)
  }

  /// True when a place's name covers most of the run, or runs into it from before (俄|罗斯).
  private func isPlace(_ text: ScalarText, _ run: Range<Int>) -> Bool {
    let places = PlaceGazetteer.shared
    if let place = places.longestPlace(in: text, at: run.lowerBound), place.length * 2 >= run.count { return true }
    for back in 1...2 where run.lowerBound - back >= 0 {
      if let place = places.longestPlace(in: text, at: run.lowerBound - back), place.length > back { return true }
    }
    return false
  }

  private func accepts(_ text: ScalarText, _ run: Range<Int>, cuesAfter: WordList<Void>, context: (Range<Int>) -> Double) -> Bool {
    guard (2...24).contains(run.count), !dot.contains(text[run.upperBound - 1]), !isNotPerson(text, run) else { return false }
    let letters = run.filter { !dot.contains(text[$0]) }
    let model = PersonNameModel.shared
    let odds = letters.reduce(0.0) { $0 + (model.foreignOdds(text[$1]) ?? 0) } / Double(letters.count)
    let marked = letters.contains(where: { marks.contains(text[$0]) })
    guard marked || odds >= PersonEvidence.foreignOdds else { return false }
    if text[run.lowerBound - 1] == 0x300A { return false }  // 《达芬奇密码》: a title
    if letters.count == 2, PlaceGazetteer.shared.isCommonWord(text[letters[0]], text[letters[1]]) { return false }  // 特约
    let cued = cuesBefore.match(in: text, endingAt: run.lowerBound) != nil || cuesAfter.match(in: text, at: run.upperBound) != nil
      || roleCues.match(in: text, endingAt: run.lowerBound) != nil
    // With no cue, the run's characters and the words around it must carry it (`费尔南德斯多次`, `阿巴查从`).
    if !cued {
      let listed = PersonLexicon.shared.contains(text, run) ? PersonEvidence.foreignLexicon : 0
      let dotted = letters.count < run.count ? PersonEvidence.foreignDotted : 0
      let score = listed + dotted + PersonEvidence.foreignAlone + PersonEvidence.foreignAloneOdds * odds + (marked ? PersonEvidence.foreignMark : 0)
        + (letters.count >= 3 ? PersonEvidence.foreignLong : 0) + context(run)
      guard score >= 0 else { return false }
    }
    if isPlace(text, run) { return false }
    return true
  }

  /// True when a name may end at `end`: before punctuation, a cue, a function word or a
  /// frequent word (`梅德韦杰夫|特意`), not inside one.
  private func cleanEnd(_ text: ScalarText, _ end: Int, cuesAfter: WordList<Void>) -> Bool {
    let places = PlaceGazetteer.shared
    if dot.contains(text[end]) { return false }  // 迈克尔|·坎宁安
    return !CharacterClass.isHan(text[end]) || clauseEdges.contains(text[end]) || text[end] == 0x7684  // 的 || cuesAfter.match(in: text, at: end) != nil
      || places.commonWordFrequency(text[end], text[end + 1]) >= 14 && places.commonWordFrequency(text[end - 1], text[end]) < 14
  }

  /// The person recognizer's roles and titles (`国防部长`, `总行长`), also cues for foreign names.
  private let roleCues = WordList<Void>(PersonWords.cuesBefore)
  private let clauseEdges = ScalarSet(characters: "。！？；：，“「、（(》\n在从对向和与被由给")
}
