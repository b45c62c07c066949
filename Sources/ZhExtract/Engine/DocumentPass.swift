/// What the whole document says of its names, applied to the candidates after every
/// recognizer and before the overlap resolution (it reads candidates, and the text only
/// around them and where a name recurs):
/// - an abbreviation the text defines (`祖名豆制品股份有限公司(以下简称“祖名股份”)`) is kept
///   only right after the organization it names, and takes that organization's kind;
/// - the other members of a list that holds organizations and ends as a list of them does
///   (`达梦数据、星竞威武、声通科技等企业`) are organizations of the same kind (`org.list`);
/// - a name found on a cue (`OrgCueRecognizer`), in such a list or defined by the text is the
///   same organization wherever the same string recurs (`org.repeat`).
enum DocumentPass {
  static func apply(to candidates: inout [Candidate], in text: ScalarText) {
    var recurring = false
    var listed = false
    for index in candidates.indices where candidates[index].kind == .org {
      recurring = recurring || candidates[index].recurs
      listed = listed || text[candidates[index].end] == listSeparator || text[candidates[index].start - 1] == listSeparator
    }
    guard recurring || listed else { return }
    if recurring { checkDefinitions(in: &candidates, text: text) }
    if listed { addListMembers(to: &candidates, in: text) }
    if recurring || candidates.contains(where: \.recurs) { addRepeats(to: &candidates, in: text) }
  }

  private static let listRule = "org.list"
  private static let repeatRule = "org.repeat"
  private static let listWeight = RuleWeights.weight(of: listRule)
  private static let repeatWeight = RuleWeights.weight(of: repeatRule)
  private static let listSeparator: UInt32 = 0x3001  // 、

  // MARK: Definitions

  /// Keeps a definition only where an organization ends just before its parenthesis, with
  /// that organization's kind.
  private static func checkDefinitions(in candidates: inout [Candidate], text: ScalarText) {
    guard candidates.contains(where: { $0.rule == OrgCueRecognizer.definedRule }) else { return }
    var removed: [Int] = []
    for index in candidates.indices where candidates[index].rule == OrgCueRecognizer.definedRule {
      // The parenthesis that opens the definition: within a few characters before the alias.
      var open = candidates[index].start - 1
      while open > candidates[index].start - 8, open >= 0, text[open] != 0x28, text[open] != 0xFF08 { open -= 1 }
      var end = open
      while end > 0, CharacterClass.isSpace(text[end - 1]) { end -= 1 }
      let named = candidates.indices.filter {
        candidates[$0].kind == .org && candidates[$0].end == end && candidates[$0].rule != OrgCueRecognizer.definedRule
      }.max { candidates[$0].length < candidates[$1].length }
      if open >= 0, text[open] == 0x28 || text[open] == 0xFF08, let named {
        candidates[index].value = candidates[named].value
      } else {
        removed.append(index)
      }
    }
    for index in removed.reversed() { candidates.remove(at: index) }
  }

  // MARK: Lists

  /// The members of each list of names separated by `、` that holds an organization, when it
  /// ends with a list word (`等企业`, `3家企业`) or most of its members are organizations.
  private static func addListMembers(to candidates: inout [Candidate], in text: ScalarText) {
    var spans: Spans?  // built at the first list: most documents have none
    var listStarts: [Int] = []  // lists already read
    var added: [Candidate] = []
    for anchor in candidates.indices {
      let (start, end) = (candidates[anchor].start, candidates[anchor].end)
      guard candidates[anchor].kind == .org, text[end] == listSeparator || text[start - 1] == listSeparator,
        let members = list(around: start, in: text), !listStarts.contains(members[0].lowerBound)
      else { continue }
      listStarts.append(members[0].lowerBound)
      if spans == nil { spans = Spans(candidates, textLength: text.count) }
      let isOrg = members.map { spans!.orgs.contains($0.lowerBound << 24 | $0.upperBound) }
      let orgs = isOrg.filter { $0 }.count
      let last = members[members.count - 1].upperBound
      let ended = listEnders.match(in: text, at: last) != nil || countedEnder(in: text, at: last)
      guard ended || (orgs >= 2 && orgs * 2 >= members.count), orgs < members.count else { continue }
      for (member, known) in zip(members, isOrg) where !known {
        // A member that crosses a name already found, or is one of another kind, is no bare name.
        guard isName(text, member), !spans!.others.contains(member.lowerBound << 24 | member.upperBound),
          !member.contains(where: { spans!.orgCovered[$0] })
        else { continue }
        added.append(
          Candidate(start: member.lowerBound, end: member.upperBound, kind: .org, value: candidates[anchor].value, rule: listRule, weight: listWeight, recurs: true))
      }
    }
    candidates.append(contentsOf: added)
  }

  /// The spans of the candidates, for the list pass: exact spans of organizations and of the
  /// other kinds, and the offsets organizations cover.
  private struct Spans {
    var orgs = Set<Int>()
    var others = Set<Int>()
    var orgCovered: [Bool]

    init(_ candidates: [Candidate], textLength: Int) {
      orgCovered = [Bool](repeating: false, count: textLength)
      for index in candidates.indices {
        let (start, end) = (candidates[index].start, candidates[index].end)
        guard start >= 0, start < end, end <= textLength else { continue }
        if candidates[index].kind == .org {
          orgs.insert(start << 24 | end)
          for offset in start..<end { orgCovered[offset] = true }
        } else {
          others.insert(start << 24 | end)
        }
      }
    }
  }

  /// The members of the `、` list whose member starts at `memberStart`, or nil when a member is no
  /// short run of name characters (two to `maxMemberLength`).
  private static func list(around memberStart: Int, in text: ScalarText) -> [Range<Int>]? {
    // Back to the list's first member, then member by member to its end.
    var start = memberStart
    while text[start - 1] == listSeparator, let previous = self.memberStart(in: text, before: start - 1) { start = previous }
    if start == memberStart, text[start - 1] == listSeparator { return nil }
    var members: [Range<Int>] = []
    var offset = start
    while true {
      var end = offset
      while end - offset < maxMemberLength + 1, OrgWords.isNameScalar(text[end]) { end += 1 }
      guard end - offset >= 2, end - offset <= maxMemberLength else { return nil }
      members.append(offset..<end)
      guard text[end] == listSeparator else { break }
      offset = end + 1
    }
    return members.count >= 2 ? members : nil
  }

  /// The start of the member that ends just before `end`, after a separator, a delimiter or
  /// a word that ends names on their left (`包括|宁波银行`).
  private static func memberStart(in text: ScalarText, before end: Int) -> Int? {
    var start = end
    while end - start < maxMemberLength, OrgWords.isNameScalar(text[start - 1]), !OrgLexicon.shared.endsBoundaryWord(in: text, at: start) {
      start -= 1
    }
    return end - start >= 2 ? start : nil
  }

  private static let maxMemberLength = 8

  private static let listEnders = WordList<Void>(OrgCueWords.listEnders)
  private static let countedEnders = WordList<Void>(OrgCueWords.listEnders.filter { $0.hasPrefix("家") })

  /// `3家企业`, `五家公司` after a list.
  private static func countedEnder(in text: ScalarText, at offset: Int) -> Bool {
    var index = offset
    while OrgWords.ordinalNumerals.contains(text[index]) { index += 1 }
    return index > offset && countedEnders.match(in: text, at: index) != nil
  }

  /// A member that is a name: no generic word, no place alone, no phrase (`西甲和法甲`).
  private static func isName(_ text: ScalarText, _ range: Range<Int>) -> Bool {
    if OrgLexicon.shared.isGeneric(text, range, commonWords: false) || range.contains(where: { OrgCueWords.phraseCharacters.contains(text[$0]) }) { return false }
    guard let place = PlaceGazetteer.shared.placeChainIfAny(in: text, at: range.lowerBound) else { return true }
    // A place alone, or a place and a generic word (`某某区大数据`), names no organization.
    return place.length < range.count && !OrgLexicon.shared.isGeneric(text, range.lowerBound + place.length..<range.upperBound)
  }


  // MARK: Repeats

  /// Every other occurrence of a recurring name, as a candidate of the same kind and value.
  private static func addRepeats(to candidates: inout [Candidate], in text: ScalarText) {
    var names: [[UInt32]: Candidate] = [:]
    for index in candidates.indices where candidates[index].kind == .org && candidates[index].recurs && candidates[index].length >= 2 {
      let name = Array(text.scalars[candidates[index].start..<candidates[index].end])
      if let known = names[name], known.weight >= candidates[index].weight { continue }
      names[name] = candidates[index]
    }
    guard !names.isEmpty else { return }
    // Offsets where an organization starts already: no repeat starts there.
    var found = [Bool](repeating: false, count: text.count)
    for index in candidates.indices where candidates[index].kind == .org && candidates[index].start >= 0 && candidates[index].start < text.count {
      found[candidates[index].start] = true
    }
    var firstScalars = ScalarSet()
    for name in names.keys { firstScalars.insert(name[0]) }
    let scalars = text.scalars
    for offset in scalars.indices where firstScalars.contains(scalars[offset]) && !found[offset] {
      for (name, source) in names where offset + name.count <= scalars.count && text.matches(name, at: offset) {
        // A Latin or digit name inside a longer Latin word is no mention of it.
        if CharacterClass.isLatinOrDigit(name[0]) && CharacterClass.isLatinOrDigit(text[offset - 1]) { continue }
        if CharacterClass.isLatinOrDigit(name[name.count - 1]) && CharacterClass.isLatinOrDigit(text[offset + name.count]) { continue }
        candidates.append(Candidate(start: offset, end: offset + name.count, kind: .org, value: source.value, rule: repeatRule, weight: repeatWeight))
        break
      }
    }
  }

}
