/// Finds organizations: known names (`国务院`, `哈工大`, `宝武集团`) and names built as
/// [place chain] + name + [industry] + form (`深圳市龙华区人民政府`, `深圳微品致远信息科技有限公司`).
/// A form is found first; a walk to the left then finds where the name starts, stopping at
/// punctuation, function words and verbs (`和宝武集团` → `宝武集团`). Generic mentions with no
/// name (`区政府`, `该公司`) are not organizations. Vocabulary: `OrgWords`, `BundledData`.
struct OrgRecognizer: Recognizer {
  let kinds: Set<EntityKind> = [.org]
  private let lexicon = OrgLexicon.shared
  /// `中非合作论坛` opens with China and Africa, not with 中非 the country.
  private let joint = JointAbbreviations()
  private let divisionSuffixes = OrgWords.divisionSuffixes.map { $0.unicodeScalars.first!.value }

  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate]) {
    var boundaries = WordBoundaries(text: text)
    defer { boundaries.finish() }
    var sportsNews: Bool?
    var found: [Candidate] = []
    found.reserveCapacity(text.count / 16)
    let scanFlags = lexicon.scanFlags
    typealias Flag = OrgLexicon.ScanFlag
    for index in 0..<text.count {
      let c = text[index]
      let flags = scanFlags[c]
      if flags == 0 { continue }
      // The flags and pair filters first: a call that finds nothing still copies its large result.
      if flags & Flag.name != 0, flags & Flag.singleName != 0 || lexicon.names.mayContinue(c, text[index + 1]),
        let known = knownName(in: text, at: index, boundaries: &boundaries)
      {
        found.append(known)
      }
      if flags & Flag.club != 0, let club = lexicon.clubs.longestMatch(in: text, at: index),
        acceptsKnown(in: text, start: index, end: index + club.length, boundaries: &boundaries)
      {
        // A club named for its city, in sports news or with 队: 罗马, 布莱克本队.
        let team = text[index + club.length] == OrgWords.team
        if team || (sportsNews ?? { sportsNews = lexicon.isSportsNews(text); return sportsNews! }()) {
          let value = OrganizationValue(kind: .other)
          found.append(Candidate(start: index, end: index + club.length + (team ? 1 : 0), kind: .org, value: .org(value), rule: "org.club"))
        }
      }
      if flags & Flag.form != 0, flags & Flag.singleForm != 0 || lexicon.forms.mayContinue(c, text[index + 1]),
        let named = formName(in: text, at: index, boundaries: &boundaries)
      {
        found.append(named)
      }
    }
    addPlaceCodes(to: &found, in: text)
    candidates.append(contentsOf: found)
  }

  /// Gives the place code to the candidates that no longer organization overlaps (the others
  /// lose to it in the overlap resolution): the gazetteer is asked once per name.
  private func addPlaceCodes(to found: inout [Candidate], in text: ScalarText) {
    guard !found.isEmpty else { return }
    let order = found.indices.sorted { a, b in
      found[a].length != found[b].length ? found[a].length > found[b].length : found[a].start < found[b].start
    }
    var taken = [Bool](repeating: false, count: text.count)
    for index in order {
      let span = found[index].start..<found[index].end
      if taken[span].contains(true) { continue }
      for offset in span { taken[offset] = true }
      guard case .org(let value) = found[index].value, let code = placeCode(in: text, start: span.lowerBound, end: span.upperBound) else {
        continue
      }
      found[index].value = .org(OrganizationValue(kind: value.kind, placeCode: code))
    }
  }

  /// A known name at `index`, with the forms, team word or congress number right after it.
  private func knownName(in text: ScalarText, at index: Int, boundaries: inout WordBoundaries) -> Candidate? {
    guard let known = lexicon.names.longestMatch(in: text, at: index), !OrgWords.notAfterKnown.contains(text[index + known.length]),
      acceptsKnown(in: text, start: index, end: index + known.length, boundaries: &boundaries)
    else { return nil }
    var kind = lexicon.nameKinds[Int(known.payload)]
    var end = index + known.length
    // A form right after a known name names it or a unit of it: 工人日报|社, 中国银行|总行|营业部.
    for _ in 0..<2 {
      guard lexicon.forms.edgeScalars.contains(text[end]), let form = lexicon.forms.longestMatch(in: text, at: end),
        !OrgWords.notAfterForm.contains(text[end + form.length])
      else { break }
      let info = lexicon.formInfo[Int(form.payload)]
      if info.checked && !(boundaries.isBoundary(end) && boundaries.isBoundary(end + form.length)) { break }
      if info.notAfter?.contains(text[end + form.length]) ?? false { break }  // 淘宝|网店
      if info.organOfPosition && Self.organsBelongToPositions.contains(kind),
        lexicon.partyPositions.match(in: text, at: end + form.length) != nil
      {
        break  // 中国能建|党委副书记
      }
      // Two bodies of one level are a list, not one name: 民政部|财政部 (but 公安厅|消防局 is one).
      if info.department && text[end - 1] == text[end + form.length - 1] { break }
      if !info.keepsParentKind { kind = info.kind }
      end += form.length
    }
    if text[end] == OrgWords.team && text[end - 1] != OrgWords.team {
      end += 1  // 首钢队
      kind = .other
    } else if kind == .party, let congress = congressEnd(in: text, at: end) {
      end = congress  // 中共十五大
    }
    var start = index
    if OrgWords.placeLedKnownKinds.contains(kind), let prefixed = placePrefix(in: text, before: index, boundaries: &boundaries) {
      start = prefixed  // 日本|建设省
    } else if kind == .government || kind == .party, OrgWords.levelCharacters.contains(text[index - 1]),
      !OrgWords.isNameScalar(text[index - 2])
    {
      return nil  // named by its level only: 省|国资委, 市|发改委
    }
    end = unitEnd(in: text, after: end, kind: kind, boundaries: &boundaries)
    let value = OrganizationValue(kind: kind)
    return Candidate(start: start, end: end, kind: .org, value: .org(value), rule: "org.known")
  }

  /// The name that ends with the form at `index`, when it has a name and is no generic mention.
  private func formName(in text: ScalarText, at index: Int, boundaries: inout WordBoundaries) -> Candidate? {
    guard let form = lexicon.forms.longestMatch(in: text, at: index) else { return nil }
    let end = index + form.length
    let info = lexicon.formInfo[Int(form.payload)]
    guard !OrgWords.notAfterForm.contains(text[end]), !(info.notBefore?.contains(text[index - 1]) ?? false),
      !(info.notAfter?.contains(text[end]) ?? false),
      !info.checked || boundaries.isBoundary(index) && boundaries.isBoundary(end),
      !(info.organOfPosition && endsBody(in: text, at: index) && lexicon.partyPositions.match(in: text, at: end) != nil),
      let start = info.mission
        ? missionStart(in: text, formStart: index, form: info, boundaries: &boundaries)
          ?? nameStart(in: text, formStart: index, form: info, boundaries: &boundaries)
        : nameStart(in: text, formStart: index, form: info, boundaries: &boundaries)
    else { return nil }
    // The chain of places that leads the name, asked of the gazetteer once and only when needed.
    var leading: Int?
    func leadingPlace() -> Int {
      if leading == nil { leading = placeChain(in: text, at: start)?.length ?? 0 }
      return leading!
    }
    // A longer form ends here too (`人民医院`, `子公司`, `商协会`): when its own stem is generic,
    // so is this one's (`新|人民医院`, `控股|子公司`, `重点|商协会`).
    // A national stem names a body before either (中国|交响乐团).
    if !info.placeLed, let longer = lexicon.formsReversed.longestMatch(in: text, at: end), longer.length > form.length,
      end - longer.length >= start, lexicon.nationalPrefix(text, start..<index) == nil
    {
      let longerInfo = lexicon.formInfo[Int(longer.payload)]
      let stem = start..<end - longer.length
      if stem.count < longerInfo.minimumStem || lexicon.isGeneric(text, stem, commonWords: !longerInfo.lenient) { return nil }
      if longerInfo.placeLed && leadingPlace() < 2 { return nil }  // 版智能|工厂
    }
    // A level and a short word name nothing: 市|城发|公司 (as 市|发改委).
    if OrgWords.levelCharacters.contains(text[start]), !OrgWords.isNameScalar(text[start - 1]), index - start <= 3, leadingPlace() == 0 {
      return nil
    }
    // A place and attributes only name nothing: 天津市|上市|公司.
    if lexicon.attributeEnds.contains(text[index - 1]), leadingPlace() > 0, start + leadingPlace() < index,
      lexicon.isAttributes(text, start + leadingPlace()..<index)
    {
      return nil
    }
    // A known name that ends the span is the name, unless places lead it: 美国著名学府|哈佛大学.
    if let known = lexicon.namesReversed.longestMatch(in: text, at: end), end - known.length > start,
      leadingPlace() != end - known.length - start
    {
      return nil
    }
    let kind = info.kind == .company && lexicon.namesFinance(text, start..<index) ? .finance : info.kind
    let value = OrganizationValue(kind: kind)
    let unitEnd = unitEnd(in: text, after: end, kind: kind, boundaries: &boundaries)
    return Candidate(start: start, end: unitEnd, kind: .org, value: .org(value), rule: "org.form")
  }

  /// The chain of places at `offset` (length and deepest code), asking the gazetteer only where
  /// a place name may start.
  @inline(__always) private func placeChain(in text: ScalarText, at offset: Int) -> (length: Int, code: String?)? {
    PlaceGazetteer.shared.placeChainIfAny(in: text, at: offset)
  }

  /// The code of the deepest place in the chain of places that starts a name (`上海市宝山实验学校`
  /// → 310113), when the chain is only part of the name.
  private func placeCode(in text: ScalarText, start: Int, end: Int) -> String? {
    guard let chain = placeChain(in: text, at: start), chain.length < end - start else { return nil }
    if chain.length == 2, joint.isPairBeforeRelations(in: text, at: start) { return nil }  // no one place
    guard var code = chain.code, !code.isEmpty else { return nil }  // regions have none: 长三角
    // A district or county named without its suffix inside its city: 上海市|宝山|实验学校 → 宝山区.
    var offset = start + chain.length
    while let (length, inner) = division(in: text, at: offset, end: end, inside: code) {
      code = inner
      offset += length
    }
    return code
  }

  /// A division named without its suffix (`宝山` for 宝山区) at `offset`, inside the division
  /// `parent`: its length and code, or nil when there is none or more than one.
  private func division(in text: ScalarText, at offset: Int, end: Int, inside parent: String) -> (Int, String)? {
    let digits = Array(parent.utf8)
    guard digits.count == 6, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
    // The parent's own digits: 440300 → 4403.
    var prefixLength = 6
    while prefixLength >= 2 && digits[prefixLength - 2] == UInt8(ascii: "0") && digits[prefixLength - 1] == UInt8(ascii: "0") {
      prefixLength -= 2
    }
    guard prefixLength < 6 else { return nil }
    let gazetteer = PlaceGazetteer.shared
    for length in [3, 2] where offset + length < end {
      var name = Array(text.scalars[offset..<offset + length])
      var found: String?
      var ambiguous = false
      for suffix in divisionSuffixes {
        name.append(suffix)
        for record in gazetteer.records(named: name) {
          let code = gazetteer.records[Int(record)].code
          guard code != parent, code.utf8.starts(with: digits[..<prefixLength]) else { continue }
          if found == nil { found = code } else if found != code { ambiguous = true }
        }
        name.removeLast()
      }
      if let found, !ambiguous { return (length, found) }
    }
    return nil
  }

  /// The start of a chain of places that ends just before a known body's name and itself starts
  /// after a word boundary (`日本|建设省`, `俄罗斯|国防部`), or nil.
  private func placePrefix(in text: ScalarText, before index: Int, boundaries: inout WordBoundaries) -> Int? {
    var found: Int?
    for length in stride(from: 2, through: min(6, index), by: 1) {
      let start = index - length
      guard OrgWords.isNameScalar(text[start]) else { break }
      if placeChain(in: text, at: start)?.length == length { found = start }
    }
    guard let start = found else { return nil }
    let before = text[start - 1]
    if start == 0 || !OrgWords.isNameScalar(before) { return start }
    if lexicon.endsBoundaryWord(in: text, at: start) { return start }
    if OrgWords.weakStopCharacters.contains(before), standsAlone(in: text, before: start, boundaries: &boundaries) { return start }
    return nil
  }

  /// A known name stands on its own: Latin names not inside longer Latin words, and short Han
  /// names only where ICU's segmentation has word boundaries at both ends (`招行`, not the
  /// `中行` of `集中行动`).
  private func acceptsKnown(in text: ScalarText, start: Int, end: Int, boundaries: inout WordBoundaries) -> Bool {
    if CharacterClass.isLatinOrDigit(text[start]) && CharacterClass.isLatinOrDigit(text[start - 1]) { return false }
    if CharacterClass.isLatinOrDigit(text[end - 1]) && CharacterClass.isLatinOrDigit(text[end]) { return false }
    guard end - start <= 2, CharacterClass.isHan(text[start]) else { return true }
    // A stop character next to the name is a boundary without asking ICU.
    return (OrgWords.stopCharacters.contains(text[start - 1]) || boundaries.isBoundary(start))
      && (OrgWords.stopCharacters.contains(text[end]) || boundaries.isBoundary(end))
  }

  /// Where the name before a form starts, or nil for a generic mention (`市政府`, `该公司`).
  /// `acrossVerbs`: verbs and weak stops do not end the walk (see `missionStart`).
  private func nameStart(
    in text: ScalarText, formStart: Int, form: OrgLexicon.Form, acrossVerbs: Bool = false, boundaries: inout WordBoundaries
  ) -> Int? {
    var start = formStart
    var joined = false  // after a dash between names only hard stops end the walk
    let maxLength =
      acrossVerbs ? OrgWords.maxMissionStemLength : form.placeLed ? OrgWords.maxTeamStemLength : OrgWords.maxPlaceLedStemLength
    walk: while true {
      guard formStart - start < maxLength else { return nil }
      let c = text[start - 1]
      if form.team && c == OrgWords.team { break }  // 江苏南钢队|浙江中欣队
      if Self.middleDots.contains(c), let joinedStart = dotJoinedStart(in: text, dot: start - 1) {
        start = joinedStart  // a place-led qualifier: 江苏援伊·南通工作组, 中国·印尼经贸合作区有限公司
        continue
      }
      if form.kind == .party, OrgWords.ordinalEnds.contains(c), let ordinal = ordinalStart(in: text, end: start - 1) {
        // An ordinal belongs to the name only after more of it: 九三学社第七次全国代表大会.
        let before = text[ordinal - 1]
        guard CharacterClass.isHan(before), !OrgWords.stopCharacters.contains(before) else { break }
        start = ordinal
        continue
      }
      if (c == 0x2014 || c == 0x2D) && start < formStart && OrgWords.isNameScalar(text[start - 2]) {
        start -= 1  // a dash between two names: 圭亚那—中国友好协会
        joined = true
        continue
      }
      if OrgWords.stopCharacters.contains(c), lexicon.endsWordWithStop(text, at: start) {
        start -= 2  // 海南省大|数据|管理局
        continue
      }
      if start == 0 || OrgWords.stopCharacters.contains(c) { break }
      if OrgWords.classifiers.contains(c) && Self.endsQuantity(in: text, at: start - 1) { break }
      if CharacterClass.isHan(c) || CharacterClass.isLatinLetter(c) {
        if !acrossVerbs, lexicon.endsBoundaryWord(in: text, at: start) {
          // Not inside a place's or a known name: 开封|市政府, 南岸|区政府.
          guard let inside = placeAcross(in: text, at: start, boundaries: &boundaries) ?? knownAcross(in: text, at: start, before: formStart)
          else { break }
          start = inside
          continue
        }
        // Another organization ends here: this name starts after it (民政部|财政部, 国家计委|国家统计局),
        // unless what follows is a unit of it or names more (中国科学院|武汉分院).
        if form.department && !form.subunit, endsGovernmentBody(in: text, at: start),
          start == formStart || lexicon.isGeneric(text, start..<formStart, commonWords: false)
        {
          break
        }
        if acrossVerbs && OrgWords.listConjunctions.contains(c) { break }  // 北京军区和|集团军…指挥部
        if !joined, !acrossVerbs, OrgWords.weakStopCharacters.contains(c) {
          if OrgWords.departmentJoins.contains(c), form.kind == .government || form.kind == .research,
            formStart - start >= 2 || form.department,
            lexicon.departmentStemsReversed.longestMatch(in: text, at: start - 1) != nil
          {
            start -= 1  // 石家庄市住房保障|和|房产管理局
            continue
          }
          if let part = lexicon.namePartsAfterWeakStops.match(in: text, at: start - 1), part.length > 1 {
            start -= 1  // 重庆|经开区
            continue
          }
          if lexicon.endsWordWithStop(text, at: start) {
            start -= 2  // 陕西|氢能
            continue
          }
          if standsAlone(in: text, before: start, boundaries: &boundaries) {
            if let inside = placeAcross(in: text, at: start, boundaries: &boundaries) ?? knownAcross(in: text, at: start, before: formStart) {
              start = inside  // 九江市|都昌县, 同安|新城, 住房和|城乡建设部
              continue
            }
            // A known name that ends in such a character still belongs: 民进|第八次全国代表大会.
            if let known = lexicon.namesReversed.longestMatch(in: text, at: start) {
              start -= known.length
              continue
            }
            // What follows the weak character must name something of its own: not 、交|镇政府, 党和|政府.
            let named = formStart - start >= 2 && !OrgWords.listConjunctions.contains(c)
            if named && startsName(in: text, weakAt: start - 1) {
              start -= 1  // 、同翔高新城片区指挥部
              continue
            }
            if named && Self.isStranded(in: text, before: start - 1) {
              start -= 2  // :祖名豆制品股份有限公司
              continue
            }
            break
          }
          // ICU joins a pronoun and a verb (它|是): the weak character still ends the name.
          let before = text[start - 2]
          if CharacterClass.isHan(before), OrgWords.stopCharacters.contains(before), !boundaries.isBoundary(start - 1) { break }
        }
        start -= 1
        continue
      }
      if CharacterClass.arabicDigit(c) != nil {
        // Digits belong to a name only as an ordinal after more of it: 阿拉木图第94中学.
        var first = start - 1
        while CharacterClass.arabicDigit(text[first - 1]) != nil { first -= 1 }
        guard text[first - 1] == Self.ordinal, OrgWords.isNameScalar(text[first - 2]) else { break }  // not a bare 第9中学
        start = first - 1
        continue
      }
      if c == 0x29 || c == 0xFF09 {  // a parenthesis inside the name: 渣打银行（香港）有限公司
        // Only a short place or qualifier, after more of the name: not `日电（记者安江）`.
        var open = start - 2
        while open >= max(0, start - 7) {
          let o = text[open]
          if o == 0x28 || o == 0xFF08 {
            let before = text[open - 1]
            // Not a bare division suffix: 州(市)政府.
            guard open > 0, start - open > 3, CharacterClass.isHan(before), !OrgWords.stopCharacters.contains(before),
              !text.string(open + 1..<start - 1).contains("记者")
            else { break walk }
            start = open
            continue walk
          }
          guard CharacterClass.isHan(o) || CharacterClass.isLatinLetter(o) else { break walk }
          open -= 1
        }
        break
      }
      break
    }
    guard formStart - start >= form.minimumStem else { return nil }
    // Beyond the usual length only a chain of places leads a body's name: 广西壮族自治区|产业园区改革发展办公室.
    if !acrossVerbs, formStart - start >= OrgWords.maxStemLength,
      form.kind != .government && form.kind != .party
        || (placeChain(in: text, at: start)?.length ?? 0) <= formStart - start - OrgWords.maxStemLength
    {
      return nil
    }
    if acrossVerbs { return start }
    // Generic words before a place or a known name are none of the name: 联合|湖州市政府, 当地|北岭花炮厂.
    if !form.subunit, let inner = startAfterGenericWords(in: text, start: start, formStart: formStart, boundaries: &boundaries) {
      return inner
    }
    if form.placeLed || form.national {
      let place = placeChain(in: text, at: start)?.length ?? 0
      if form.placeLed { return place >= 2 && !OrgWords.genericTeamStems.contains(text.string(start..<formStart)) ? start : nil }
      if place == formStart - start { return start }  // 法国国防部, 肯尼亚驻华使馆
    }
    if form.national {
      let stem = text.string(start..<formStart)
      // 中国大使馆, 中国队, 国家旅游局; but 国家队 is no name.
      if OrgWords.nationalStems.contains(stem) && (form.kind != .other || !OrgWords.genericTeamStems.contains(stem)) { return start }
    }
    if let national = lexicon.nationalPrefix(text, start..<formStart), national < formStart { return start }  // 国家机电产品进出口办公室
    // A government body named by its place alone: 开封市|政府, 南岸区|政府 (开封, 南岸 are also words).
    if form.kind == .government || form.kind == .party, formStart - start >= 3,
      placeChain(in: text, at: start)?.length == formStart - start,
      !lexicon.isGeneric(text, start..<formStart, commonWords: false)
    {
      return start
    }
    if lexicon.isGeneric(text, start..<formStart, commonWords: !form.lenient) { return nil }
    return start
  }

  /// Where a full place name or a known name starts inside the stem `start..<formStart`, after
  /// generic words that are no place, no national stem and no name (`联合|湖州市`), or nil. A
  /// short place name after generic words is part of the name (`数字广西集团`, `空军昆明医院`).
  private func startAfterGenericWords(in text: ScalarText, start: Int, formStart: Int, boundaries: inout WordBoundaries) -> Int? {
    guard formStart - start >= 4, lexicon.names.longestMatch(in: text, at: start) == nil,
      lexicon.nationalPrefix(text, start..<formStart) == nil
    else { return nil }
    // The ends of splits into generic words, then a name or a full place at one of them.
    var ends = lexicon.genericSplitEnds(text, start..<formStart - 2) & ~1
    while ends != 0 {
      let inner = start + ends.trailingZeroBitCount
      ends &= ends - 1
      guard inner - start >= 2 else { continue }
      let leads = lexicon.names.longestMatch(in: text, at: inner) != nil || isFullPlace(in: text, at: inner)
      if leads && boundaries.isBoundary(inner) { return placeChain(in: text, at: start) == nil ? inner : nil }
    }
    return nil
  }

  /// True when a chain of places at `offset` ends with a division's suffix (`湖州市`) or is a
  /// country's name (`阿根廷`): no short name that may be a word's part.
  private func isFullPlace(in text: ScalarText, at offset: Int) -> Bool {
    guard let chain = placeChain(in: text, at: offset), chain.length >= 2 else { return false }
    if OrgWords.divisionEnds.contains(text[offset + chain.length - 1]) { return true }
    guard let code = chain.code, let first = code.utf8.first else { return false }
    return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
  }

  /// Where a mission body's name starts (`江苏省对口支援伊犁州前方指挥部`): the walk crosses verbs
  /// and weak stops, and the name starts with the first place after a stop. Nil when no place
  /// leads it (then the usual walk decides: `双鹤湖科创城指挥部`).
  private func missionStart(in text: ScalarText, formStart: Int, form: OrgLexicon.Form, boundaries: inout WordBoundaries) -> Int? {
    guard let walked = nameStart(in: text, formStart: formStart, form: form, acrossVerbs: true, boundaries: &boundaries) else {
      return nil
    }
    var offset = walked
    while formStart - offset >= 2 {
      let after = offset == walked || OrgWords.weakStopCharacters.contains(text[offset - 1])
        || lexicon.boundaries.longestMatch(in: text, at: offset) != nil
      if after, let place = placeChain(in: text, at: offset), place.length >= 2, offset + place.length < formStart {
        return offset
      }
      offset += 1
    }
    return nil
  }

  /// The start of a place name that covers the scalars on both sides of `offset` (`九江市都|昌县`,
  /// `同|安新城`), so that a name's left edge does not fall inside it; nil when none does.
  private func placeAcross(in text: ScalarText, at offset: Int, boundaries: inout WordBoundaries) -> Int? {
    var found: Int?
    for first in stride(from: offset - 1, through: max(0, offset - 3), by: -1) {
      guard CharacterClass.isHan(text[first]), !OrgWords.stopCharacters.contains(text[first]) else { break }
      guard let place = placeChain(in: text, at: first), first + place.length > offset else { continue }
      // A full division name, or a short one that ICU's segmentation agrees with.
      let end = first + place.length
      if OrgWords.divisionEnds.contains(text[end - 1]) || boundaries.isBoundary(first) && boundaries.isBoundary(end) {
        found = first
      }
    }
    return found
  }

  /// The start of a known name that covers the scalars on both sides of `offset` and ends by
  /// `limit` (`住房和|城乡建设部|政策研究中心`), or nil.
  private func knownAcross(in text: ScalarText, at offset: Int, before limit: Int) -> Int? {
    for end in stride(from: min(limit, offset + OrgWords.maxKnownAcrossLength), to: offset, by: -1) {
      if let known = lexicon.namesReversed.longestMatch(in: text, at: end), end - known.length < offset {
        return end - known.length
      }
    }
    return nil
  }

  /// True when the weak stop character at `offset` starts a list item (`、同翔…`), not a clause
  /// or a modifier of a name that stands on its own (`、原|中国书法研究院`).
  private func startsName(in text: ScalarText, weakAt offset: Int) -> Bool {
    text[offset - 1] == Self.listComma && !OrgWords.conjunctions.contains(text[offset])
      && placeChain(in: text, at: offset + 1) == nil && lexicon.names.longestMatch(in: text, at: offset + 1) == nil
  }

  /// True when one name character alone stands between the start of a line or a label and the
  /// weak stop character at `offset`: it is no word of its own, and the two start the name
  /// (`\n祖名|豆制品`, `乙方:祖名|…`); a word of two (`没有`) is a boundary word and ends the walk before.
  private static func isStranded(in text: ScalarText, before offset: Int) -> Bool {
    let c = text[offset - 1]
    return offset >= 1 && CharacterClass.isHan(c) && !OrgWords.stopCharacters.contains(c)
      && !OrgWords.weakStopCharacters.contains(c) && NumeralCharacters.roles(of: c).isEmpty
      && (offset == 1 || OrgWords.headingStarts.contains(text[offset - 2]))
  }

  /// True when a company's or a government body's name ends just before `offset`: a party organ
  /// after it goes with the position (`中国能建|党委副书记`), where a place's or a university's is
  /// an organization (`开化县委`, `北京邮电大学党委`).
  private func endsBody(in text: ScalarText, at offset: Int) -> Bool {
    if let known = lexicon.namesReversed.longestMatch(in: text, at: offset) {
      return Self.organsBelongToPositions.contains(lexicon.nameKinds[Int(known.payload)])
    }
    if let form = lexicon.formsReversed.longestMatch(in: text, at: offset) {
      return Self.organsBelongToPositions.contains(lexicon.formInfo[Int(form.payload)].kind)
    }
    return false
  }

  private static let organsBelongToPositions: Set<OrganizationValue.Kind> = [.company, .government, .finance]

  /// The start of a short place-led qualifier before a middle dot (`江苏援伊·`, `中国·`) that is
  /// no organization of its own (`羊城晚报·羊城派` are two), or nil.
  private func dotJoinedStart(in text: ScalarText, dot: Int) -> Int? {
    var first = dot
    while first > 0 && dot - first < OrgWords.maxQualifierLength && OrgWords.isNameScalar(text[first - 1]) { first -= 1 }
    guard dot - first >= 2, let place = placeChain(in: text, at: first), place.length >= 2, place.length <= dot - first,
      lexicon.namesReversed.longestMatch(in: text, at: dot) == nil, lexicon.formsReversed.longestMatch(in: text, at: dot) == nil
    else { return nil }
    return first
  }

  /// The end of the units after an organization's name that ends at `end` (`赣州银行|新余分行`,
  /// `中交四航局|西南区域总部`, `重庆市人民医院|照母山院区`, `国家发展改革委|地区司`), or `end`.
  private func unitEnd(in text: ScalarText, after end: Int, kind: OrganizationValue.Kind, boundaries: inout WordBoundaries) -> Int {
    var end = end
    for _ in 0..<2 {
      guard let next = unit(in: text, at: end, kind: kind, boundaries: &boundaries) else { break }
      end = next
    }
    return end
  }

  private func unit(in text: ScalarText, at end: Int, kind: OrganizationValue.Kind, boundaries: inout WordBoundaries) -> Int? {
    guard CharacterClass.isHan(text[end]) else { return nil }
    // A place or a region first: 新余, 江苏, 中国区, 华东.
    var offset = end
    if let place = placeChain(in: text, at: end), place.length >= 2 {
      offset += place.length
    } else if let region = lexicon.unitRegions.match(in: text, at: end) {
      offset += region.length
    }
    let qualified = offset > end
    if qualified && text[offset] == Self.area && lexicon.unitForms.match(in: text, at: offset) == nil { offset += 1 }  // 中国区
    for stem in 0...OrgWords.maxUnitStemLength {
      let at = offset + stem
      if stem > 0 {
        let c = text[at - 1]
        if !OrgWords.isNameScalar(c) || !NumeralCharacters.roles(of: c).isEmpty || OrgWords.listConjunctions.contains(c) { break }
      }
      if let form = lexicon.unitForms.match(in: text, at: at), !OrgWords.notAfterForm.contains(text[at + form.length]) {
        let named = OrgWords.namedUnitForms.contains(text.string(at..<at + form.length))
        // After a place: a short qualifier (中国区|投资|总部); alone: a named unit only (照母山|院区).
        let weak = stem > 0 && OrgWords.weakStopCharacters.contains(text[offset])
        if qualified ? stem <= 2 : named && !weak && (stem == 0 || boundaries.isBoundary(end) && !lexicon.isGeneric(text, offset..<at)) {
          return at + form.length
        }
        return nil
      }
      // A division named by its task: 地区|司, 对口支援|处, 经侦|支队, 市场研究|部.
      if !qualified, stem >= 2, let division = lexicon.divisionUnits.match(in: text, at: at), division.payload.contains(kind),
        !OrgWords.directions.contains(text[at - 1]), !OrgWords.notAfterForm.contains(text[at + division.length]),
        boundaries.isBoundary(end), boundaries.isBoundary(at), boundaries.isBoundary(at + division.length)
      {
        return at + division.length
      }
    }
    return nil
  }

  /// True when a known government or party body ends just before `offset`.
  private func endsGovernmentBody(in text: ScalarText, at offset: Int) -> Bool {
    guard lexicon.namesReversed.edgeScalars.contains(text[offset - 1]),
      let known = lexicon.namesReversed.longestMatch(in: text, at: offset)
    else { return false }
    let kind = lexicon.nameKinds[Int(known.payload)]
    return kind == .government || kind == .party
  }

  /// The end of a party congress's number after a party's name (`中共|十五大`), or nil.
  private func congressEnd(in text: ScalarText, at offset: Int) -> Int? {
    var end = offset
    while OrgWords.ordinalNumerals.contains(text[end]) && CharacterClass.arabicDigit(text[end]) == nil { end += 1 }
    guard end > offset, end - offset <= 3, text[end] == Self.congress else { return nil }
    return end + 1
  }

  private static let congress = "大".unicodeScalars.first!.value

  /// The offset of 第 in 第 + numerals ending just before `end`, or nil.
  private func ordinalStart(in text: ScalarText, end: Int) -> Int? {
    var first = end
    while first > 0 && OrgWords.ordinalNumerals.contains(text[first - 1]) { first -= 1 }
    guard first < end, text[first - 1] == Self.ordinal else { return nil }
    return first - 1
  }

  /// True when the weak stop characters just before `offset` form ICU words of their own
  /// (`年|泰国银行`, `日电|贵阳市委`), not the end of a longer word (`青年|联合会`).
  private func standsAlone(in text: ScalarText, before offset: Int, boundaries: inout WordBoundaries) -> Bool {
    guard boundaries.isBoundary(offset) else { return false }
    var first = offset - 1
    while first > 0 && OrgWords.weakStopCharacters.contains(text[first]) && !boundaries.isBoundary(first) { first -= 1 }
    return boundaries.isBoundary(first) && OrgWords.weakStopCharacters.contains(text[first])
  }

  private static let ordinal = "第".unicodeScalars.first!.value
  private static let listComma = "、".unicodeScalars.first!.value
  private static let area = "区".unicodeScalars.first!.value
  private static let middleDots = ScalarSet(characters: "·・•")

  /// True when a numeral, or a numeral and 余/多, ends just before `offset` (`八|条`, `600余|支`).
  private static func endsQuantity(in text: ScalarText, at offset: Int) -> Bool {
    func numeral(_ c: UInt32) -> Bool { OrgWords.ordinalNumerals.contains(c) || !NumeralCharacters.roles(of: c).isEmpty }
    let c = text[offset - 1]
    return numeral(c) || OrgWords.approximations.contains(c) && numeral(text[offset - 2])
  }

}
