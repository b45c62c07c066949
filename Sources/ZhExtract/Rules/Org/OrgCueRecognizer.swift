/// Finds organizations that carry no form, by their shape and the text around them: company
/// short names (`莱宝高科`, `长信科技`: a stem that is no common word + an industry word), a name
/// before a stock code (`某某科技(688123)`), before a role (`腾讯董事长`), and the abbreviations a text defines (`(以下简称“祖名股份”)`), which
/// `DocumentPass` checks against the name they follow. Their weights (`RuleWeights`) sit below
/// a form's, so a formed or known name that crosses them wins. Vocabulary: `OrgCueWords`.
struct OrgCueRecognizer: Recognizer {
  let kinds: Set<EntityKind> = [.org]
  private let lexicon = OrgLexicon.shared
  private let places = PlaceGazetteer.shared
  private let tails = OrgTrie(words: OrgCueWords.industryTails)
  private let roles = OrgTrie(words: OrgCueWords.rolesAfter)
  private let openers = OrgTrie(words: OrgCueWords.definitionOpeners)
  private let notStems = Set(OrgCueWords.notStems.map(\.scalarValues))
  private let sourceWords = OrgTrie(words: OrgCueWords.sourceWords)
  private let creditEnds = OrgTrie(words: OrgCueWords.creditEnds)
  private let newsflash = OrgCueWords.newsflash.unicodeScalars.first!.value
  /// Per scalar, which cues may start at it (`Cue`): most characters cost one load.
  private let cueFlags: ScalarFlags

  private enum Cue {
    static let tail: UInt8 = 1
    static let role: UInt8 = 2
    static let parenthesis: UInt8 = 4
    static let source: UInt8 = 8
    static let newsflash: UInt8 = 16
    static let opener: UInt8 = 32
  }

  init() {
    func firsts(_ words: [String]) -> ScalarSet { ScalarSet(words.map { $0.unicodeScalars.first!.value }) }
    var flags = ScalarFlags()
    flags.insert(Cue.tail, forEachOf: firsts(OrgCueWords.industryTails))
    flags.insert(Cue.role, forEachOf: firsts(OrgCueWords.rolesAfter))
    flags.insert(Cue.parenthesis, forEachOf: ScalarSet(characters: "(（"))
    flags.insert(Cue.source, forEachOf: firsts(OrgCueWords.sourceWords))
    flags.insert(Cue.newsflash, forEachOf: firsts([OrgCueWords.newsflash]))
    flags.insert(Cue.opener, forEachOf: firsts(OrgCueWords.definitionOpeners))
    cueFlags = flags
  }

  static let maxStemLength = 4
  static let maxCueNameLength = 10

  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate]) {
    var boundaries = WordBoundaries(text: text)
    defer { boundaries.finish() }
    var lastEnd = -1
    let cueFlags = self.cueFlags
    for index in 0..<text.count {
      let flags = cueFlags[text[index]]
      if flags == 0 { continue }
      // A short name's industry word and a role follow a name: the character before is one.
      let afterName = OrgWords.isNameScalar(text[index - 1])
      if flags & Cue.tail != 0, afterName, let tail = tails.longestMatch(in: text, at: index),
        let start = shortNameStart(in: text, tailStart: index, boundaries: &boundaries)
      {
        let end = index + tail.length
        if !OrgCueWords.notAfterTail.contains(text[end]), end != lastEnd {
          candidates.append(candidate(start, end, .company, "org.cue.short-name"))
          lastEnd = end
        }
      }
      if flags & Cue.role != 0, afterName, roles.mayMatch(in: text, at: index) && roles.longestMatch(in: text, at: index) != nil, !OrgCueWords.rolePrefixes.contains(text[index - 1]),
        let start = nameStart(in: text, before: index, maxLength: Self.maxStemLength)
      {
        candidates.append(candidate(start, index, .company, "org.cue.role-after"))
      }
      if flags & Cue.parenthesis != 0, afterName, isStockCode(in: text, at: index + 1),
        let start = nameStart(in: text, before: index, maxLength: Self.maxCueNameLength)
      {
        candidates.append(candidate(start, index, .company, "org.cue.stock-code"))
      }
      if flags & Cue.source != 0, let source = sourceWords.longestMatch(in: text, at: index), let medium = creditedMedium(in: text, at: index + source.length) {
        candidates.append(candidate(medium.lowerBound, medium.upperBound, .media, "org.cue.credit"))
      }
      if flags & Cue.newsflash != 0, afterName, let start = mediumStart(in: text, before: index) {
        candidates.append(candidate(start, index, .media, "org.cue.credit"))
      }
      if flags & Cue.opener != 0, let opener = openers.longestMatch(in: text, at: index), let alias = definedAlias(in: text, at: index + opener.length) {
        candidates.append(candidate(alias.lowerBound, alias.upperBound, .company, Self.definedRule))
      }
    }
  }

  private func candidate(_ start: Int, _ end: Int, _ kind: OrganizationValue.Kind, _ rule: String) -> Candidate {
    let weight = rule == Self.definedRule ? Self.definedWeight : Self.cueWeight
    return Candidate(start: start, end: end, kind: .org, value: .org(OrganizationValue(kind: kind)), rule: rule, weight: weight, recurs: true)
  }

  static let definedRule = "org.defined"
  private static let cueWeight = RuleWeights.weight(of: "org.cue")
  private static let definedWeight = RuleWeights.weight(of: definedRule)

  /// The start of a company's short name whose industry word starts at `tailStart`: the
  /// shortest stem of two to four name characters that opens after a delimiter, a place
  /// (`厦门|艾美森|新材料`) or a known name (`哈工大|乐聚|机器人`), which then lead the name; nil
  /// when the stem is a phrase, a common or dictionary word, or a place.
  private func shortNameStart(in text: ScalarText, tailStart: Int, boundaries: inout WordBoundaries) -> Int? {
    guard OrgWords.isNameScalar(text[tailStart - 1]), !lexicon.endsBoundaryWord(in: text, at: tailStart) else { return nil }
    // The shortest stem that opens: a longer one would hold a word before the name.
    var found: (start: Int, lead: Int?)?
    for length in 2...Self.maxStemLength {
      let start = tailStart - length
      guard start >= 0, OrgWords.isNameScalar(text[start]) else { break }
      if opensName(in: text, at: start) {
        found = (start, nil)
        break
      }
      if let lead = leadStart(in: text, before: start) {
        found = (start, lead)
        break
      }
    }
    guard let (start, lead) = found else { return nil }
    let stem = Array(text.scalars[start..<tailStart])
    if stem.contains(where: { OrgCueWords.phraseCharacters.contains($0) }) { return nil }  // 以|大数据, 腾飞和|科技
    if stem.contains(where: { OrgCueWords.divisionSuffixes.contains($0) }) { return nil }  // 重庆|经开区大|数据
    if OrgWords.ordinalNumerals.contains(stem[0]) || OrgCueWords.countWords.contains(stem[0]) { return nil }  // 一沓|材料, 多辆|汽车
    if let known = lexicon.namesReversed.longestMatch(in: text, at: tailStart), known.length == stem.count {
      // A known company leads its own short name (比亚迪|建工); a body does not (农业部|科技).
      guard lexicon.nameKinds[Int(known.payload)] == .company, !OrgCueWords.dataTails.contains(Array(text.scalars[tailStart..<tailStart + 2])) else {
        return nil  // 央行|数据 (显示)
      }
      return lead ?? placeLedStart(in: text, before: start) ?? start
    }
    if notStems.contains(stem) || lexicon.isGeneric(text, start..<tailStart) { return nil }
    // A stem that ends in a common word is a phrase (`推动科学|技术`, `高原绿色|食品`).
    if PlaceGazetteer.shared.isCommonWord(stem[stem.count - 2], stem[stem.count - 1]) { return nil }
    if stem.allSatisfy({ OrgCueWords.industryTailScalars.contains($0) }) { return nil }  // 电子|科技
    if let place = places.placeChainIfAny(in: text, at: start), place.length >= tailStart - start - 1 { return nil }  // 湖北|电力
    // A name's stem is no dictionary word: ICU cuts 莱|宝 and 长|信 but keeps 架空 and 散装 whole.
    // and ends where the industry word starts (not 现代高|科技: ICU keeps 高科技 whole).
    if !boundaries.isBoundary(tailStart - 1) || !boundaries.isBoundary(tailStart) { return nil }
    return lead ?? placeLedStart(in: text, before: start) ?? start
  }

  /// The start of a place chain or a known company that ends at `offset` and opens a name
  /// itself (`深圳|`, `哈工大|`), or nil.
  private func leadStart(in text: ScalarText, before offset: Int) -> Int? {
    if let place = placeLedStart(in: text, before: offset) { return place }
    guard lexicon.namesReversed.edgeScalars.contains(text[offset - 1]), let known = lexicon.namesReversed.longestMatch(in: text, at: offset) else {
      return nil
    }
    guard [.company, .education, .research].contains(lexicon.nameKinds[Int(known.payload)]), opensName(in: text, at: offset - known.length) else {
      return nil
    }
    return offset - known.length
  }

  /// True when a name may open at `offset`: at the text's start, after punctuation, a space,
  /// a function character (`的`, `与`, `由`) or a word that ends names on their left (`涌现|达梦数据`).
  private func opensName(in text: ScalarText, at offset: Int) -> Bool {
    let before = text[offset - 1]
    if offset == 0 || OrgWords.stopCharacters.contains(before) || OrgCueWords.conjunctions.contains(before) || !OrgWords.isNameScalar(before) { return true }
    return lexicon.endsBoundaryWord(in: text, at: offset)
  }


  /// The start of a chain of places that ends at `offset` and opens a name itself, or nil.
  private func placeLedStart(in text: ScalarText, before offset: Int) -> Int? {
    guard !OrgCueWords.divisionSuffixes.contains(text[offset]) else { return nil }  // 重庆经开|区大|数据
    for length in stride(from: min(6, offset), through: 2, by: -1) {
      let start = offset - length
      if places.placeChainIfAny(in: text, at: start)?.length == length, opensName(in: text, at: start) { return start }
    }
    return nil
  }

  /// The start of a name of two to `maxLength` characters that ends at `end` and follows a
  /// delimiter, when it is no generic word, no place alone and no common word.
  private func nameStart(in text: ScalarText, before end: Int, maxLength: Int) -> Int? {
    var start = end
    while end - start < maxLength, start > 0, OrgWords.isNameScalar(text[start - 1]) {
      start -= 1
      if opensName(in: text, at: start) { break }
    }
    // A name that ends in a form is the form recognizer's: this cue adds nothing to it.
    if lexicon.forms.longestMatch(in: text, at: end - 1) != nil { return nil }
    guard end - start >= 2, opensName(in: text, at: start), !lexicon.isGeneric(text, start..<end),
      !(start..<end).contains(where: { OrgCueWords.phraseCharacters.contains(text[$0]) })
    else { return nil }
    if end - start == 2, PlaceGazetteer.shared.isCommonWord(text[start], text[start + 1]) { return nil }
    if places.placeChainIfAny(in: text, at: start)?.length == end - start { return nil }
    return start
  }

  /// The medium credited after `来源` at `offset` (`：某某网`), up to the next credit word, space
  /// or punctuation: two to eight name characters, no digits (`来源:sp20241119` is a file).
  private func creditedMedium(in text: ScalarText, at offset: Int) -> Range<Int>? {
    var start = offset
    guard text[start] == 0xFF1A || text[start] == 0x3A else { return nil }
    start += 1
    while CharacterClass.isSpace(text[start]) { start += 1 }
    var end = start
    while end - start < 8, OrgWords.isNameScalar(text[end]) || CharacterClass.arabicDigit(text[end]) != nil {
      if end > start, creditEnds.longestMatch(in: text, at: end) != nil { break }
      end += 1
    }
    guard end - start >= 2, !(start..<end).contains(where: { CharacterClass.arabicDigit(text[$0]) != nil }),
      !OrgWords.isNameScalar(text[end]) || creditEnds.longestMatch(in: text, at: end) != nil,
      !lexicon.isGeneric(text, start..<end), places.placeChainIfAny(in: text, at: start)?.length != end - start
    else { return nil }
    return start..<end
  }

  /// The start of a medium's name that opens a line before its dateline (`某某信息港讯(`,
  /// `某某客户端讯 `): two to ten name characters, not the paper's own (`本报讯`).
  private func mediumStart(in text: ScalarText, before end: Int) -> Int? {
    let next = text[end + 1]
    guard next == 0x28 || next == 0xFF08 || CharacterClass.isSpace(next) else { return nil }
    var start = end
    while end - start < 10, start > 0, OrgWords.isNameScalar(text[start - 1]) { start -= 1 }
    let before = text[start - 1]
    guard end - start >= 2, start == 0 || before == 0x0A || before == 0x2F || CharacterClass.isSpace(before) || before == 0x3011 || before == 0x5D,
      !OrgCueWords.ownMedia.contains(text.string(start..<start + 2)), !lexicon.isGeneric(text, start..<end),
      places.placeChainIfAny(in: text, at: start)?.length != end - start
    else { return nil }
    return start
  }

  /// `688123)`, `00700.HK)`, `股票代码：600519)` at `offset`.
  private func isStockCode(in text: ScalarText, at offset: Int) -> Bool {
    var index = offset
    if text.matches(Self.codeWords[0], at: index) || text.matches(Self.codeWords[1], at: index) {
      index += 4
      if text[index] == 0xFF1A || text[index] == 0x3A { index += 1 }
    }
    let first = index
    while CharacterClass.arabicDigit(text[index]) != nil { index += 1 }
    guard index - first == 6 || index - first == 5 else { return false }
    if text[index] == 0x2E || text[index] == 0xFF0E {  // .HK, .SH, .SZ
      index += 1
      while CharacterClass.isLatinLetter(text[index]) { index += 1 }
    }
    return text[index] == 0x29 || text[index] == 0xFF09
  }

  private static let codeWords = ["股票代码", "证券代码"].map(\.scalarValues)

  /// The alias after `简称` at `offset`: `“X”`, `"X"` or a bare X before `)` or `，`.
  private func definedAlias(in text: ScalarText, at offset: Int) -> Range<Int>? {
    var start = offset
    if text[start] == 0xFF1A || text[start] == 0x3A { start += 1 }  // 简称：
    let quoted = [0x201C, 0x22, 0x300C, 0x300E].contains(text[start])
    if quoted { start += 1 }
    var end = start
    while end - start < Self.maxCueNameLength, CharacterClass.isHan(text[end]) || CharacterClass.isLatinLetter(text[end]) || CharacterClass.arabicDigit(text[end]) != nil {
      end += 1
    }
    let close = text[end]
    let closes = quoted ? [0x201D, 0x22, 0x300D, 0x300F].contains(close) : [0x29, 0xFF09, 0xFF0C, 0x2C].contains(close)
    guard closes, end - start >= 2, !OrgCueWords.genericAliases.contains(text.string(start..<end)) else { return nil }
    return start..<end
  }

}

extension OrgCueWords {
  /// Every character of the industry words: a stem made only of them is another industry word.
  static let industryTailScalars = ScalarSet(industryTails.flatMap(\.scalarValues))
}
