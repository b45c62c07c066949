/// Finds places: longest gazetteer names over the raw text (each name of an administrative
/// chain its own span), joint abbreviations split per character (`中美`, `港澳台`), and a few
/// single abbreviations in fixed contexts (`访华`, `中方`). Ambiguous names are settled by the
/// chain they sit in, then by the other places of the text (`PlaceResolver`).
/// Vocabulary: `PlaceWords`; data: `PlaceGazetteer`.
struct PlaceRecognizer: Recognizer {
  let kinds: Set<EntityKind> = [.place]

  private let gazetteer = PlaceGazetteer.shared
  private let joint = JointAbbreviations()
  private let divisionJoints = DivisionJoints(gazetteer: PlaceGazetteer.shared)
  private let verbs = ScalarSet(characters: PlaceWords.abbreviationVerbs)
  private let verbAbbreviations = ScalarSet(characters: PlaceWords.verbAbbreviations)
  private let notAfterVerb = WordList<Void>(PlaceWords.notAbbreviationWords)
  private let sides = ScalarSet(characters: PlaceWords.sideAbbreviations)
  private let notSidePredecessors = ScalarSet(characters: PlaceWords.notSidePredecessors)
  private let notSideFollowers = ScalarSet(characters: PlaceWords.notSideFollowers)
  private let side = "方".unicodeScalars.first!.value
  private let townshipSuffixes = PlaceWords.townshipSuffixes.map(\.scalarValues)
  private let suffixWords = WordList<Void>(PlaceWords.suffixWords)
  private let divisionSuffixes = ScalarSet(characters: "省市县区")
  private let foreignSuffixes = ScalarSet(characters: "市省州")
  private let notPlaces = WordList<Void>(PlaceWords.notPlaces)
  private let notAfterCountry = WordList<Void>(PlaceWords.notAfterCountry)
  private let jointWords = WordList<Void>(PlaceWords.jointWords)
  private let runOnly = ScalarSet(characters: PlaceWords.runOnlyAbbreviations)
  private let notInZoneName = ScalarSet(characters: PlaceWords.notInZoneName)
  private let surnames = ScalarSet(characters: PlaceWords.surnames)
  /// Records of the generic district names (`东区`, `城区`), by record index.
  private let contextOnly: [Bool]
  private let zoneSuffixes = WordList<Void>(PlaceWords.zoneSuffixes)
  private let jointZoneSuffixes = WordList<Void>(PlaceWords.jointZoneSuffixes)
  private let zonePartSuffixes = WordList<Void>(PlaceWords.zonePartSuffixes)
  private let zonePartners = WordList<Void>(PlaceWords.zonePartners)
  private let zoneDashes = ScalarSet(characters: PlaceWords.zoneDashes)
  private let regionSuffixes = WordList<Void>(PlaceWords.regionSuffixes)
  private let regionsWithSuffix = Set(PlaceWords.regionsWithSuffix)
  private let seasBeforeZones = Set(PlaceWords.seasBeforeZones)
  private let notShortNames = WordList<Void>(PlaceWords.notShortNames)
  private let companyStemTails = WordList<Void>(PlaceWords.companyStemTails)
  private let listedJointFollowers = WordList<Void>(PlaceWords.listedJointFollowers)
  private let notListed = ScalarSet(characters: PlaceWords.notListedAbbreviations)
  private let listComma = "、".unicodeScalars.first!.value
  private let featureSuffixes = WordList<Void>(PlaceWords.featureSuffixes)
  /// Last characters of names that are features already (`松花江`, `大兴安岭`).
  private let featureEndings = ScalarSet(characters: "江河湖湾岛山岭海峡洋")

  /// Abbreviations that can stand for a Chinese division (`京`, `港`, `深`).
  private let divisionAbbreviations: ScalarSet

  /// Per scalar, what may start at it (`ScanFlag`): the scan's one load for most characters.
  private let scanFlags: ScalarFlags

  private enum ScanFlag {
    static let name: UInt8 = 1
    static let abbreviation: UInt8 = 2
    static let notPlace: UInt8 = 4
  }

  init() {
    let gazetteer = PlaceGazetteer.shared
    divisionAbbreviations = ScalarSet(
      gazetteer.abbreviations.filter { $0.value.contains { gazetteer.records[Int($0)].kind == .division } }.keys)
    var scanFlags = ScalarFlags()
    scanFlags.insert(ScanFlag.name, forEachOf: gazetteer.trie.starts)
    scanFlags.insert(ScanFlag.abbreviation, forEachOf: gazetteer.abbreviationScalars)
    scanFlags.insert(ScanFlag.abbreviation, forEachOf: ScalarSet(gazetteer.localAbbreviations.keys))
    scanFlags.insert(ScanFlag.notPlace, forEachOf: notPlaces.firstScalars)
    self.scanFlags = scanFlags
    let names = Set(PlaceWords.contextOnlyNames)
    contextOnly = gazetteer.records.map { $0.kind == .division && $0.level == 3 && names.contains($0.name) }
  }

  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate]) {
    // Locals, so that the closures below capture them and not a copy of every table.
    let gazetteer = self.gazetteer
    var mentions: [PlaceMention] = []
    var pendingJoints: [DivisionJoints.Pending] = []
    var ends: [(end: Int, node: Int32)] = []
    ends.reserveCapacity(16)
    let scanFlags = self.scanFlags
    var index = 0
    let count = text.count
    while index < count {
      let c = text[index]
      let flags = scanFlags[c]
      let named = flags & ScanFlag.name != 0
      let abbreviated = flags & ScanFlag.abbreviation != 0
      guard named || abbreviated else {
        index += 1
        continue
      }
      if flags & ScanFlag.notPlace != 0, let blocked = notPlaces.match(in: text, at: index) {
        index += blocked.length
        continue
      }
      if named {
        gazetteer.namesStarting(in: text, at: index, ends: &ends)
      } else {
        ends.removeAll(keepingCapacity: true)
      }
      if abbreviated, text[index + 1] == listComma, ends.isEmpty, let count = listedJointCount(in: text, at: index) {
        appendListedJoint(in: text, start: index, count: count, mentions: &mentions, pending: &pendingJoints)
        index += 2 * count - 1
        continue
      }
      if abbreviated, ends.isEmpty || isJointCountry(in: text, at: index, ends: ends), let match = jointLength(in: text, at: index) {
        let joint = match.length
        if let evidence = match.division {
          pendingJoints.append(DivisionJoints.Pending(start: index, length: joint, evidence: evidence))
          index += joint
          continue
        }
        if let zoneEnd = namedZoneEnd(in: text, after: index + joint, joint: true) {
          mentions.append(PlaceMention(start: index, end: zoneEnd, options: [], rule: "place.zone-joint"))
          index = zoneEnd
          continue
        }
        appendJoint(in: text, start: index, length: joint, to: &mentions)
        index += joint
        continue
      }
      // `印尼盾`, `挪威克朗`, `朝鲜族`: a country's name inside a currency or an ethnic group.
      if let longest = ends.first, notAfterCountry.match(in: text, at: longest.end) != nil,
        gazetteer.matches(at: longest.node).contains(where: { gazetteer.records[Int($0.record)].kind == .country })
      {
        index = longest.end
        continue
      }
      var accepted = false
      for (position, (end, node)) in ends.enumerated() {
        // `日本国民`: a name whose last character starts a word, when a shorter name ends
        // before it, is the shorter name (日本 + 国民). Division suffixes before a word are
        // `accept`'s matter (`北京市长` → 北京, but `北京市政协` stays 北京市).
        if position + 1 < ends.count, ends[position + 1].end == end - 1, !divisionSuffixes.contains(text[end - 1]),
          gazetteer.isCommonWord(text[end - 1], text[end])
        {
          continue
        }
        if var mention = accept(in: text, start: index, end: end, node: node, previous: mentions.last) {
          let isRegion = mention.options.allSatisfy { gazetteer.records[Int($0.record)].kind == .region }
          // (`大西洋新城`: a zone word after a sea or a continent names a building; but
          // `南海新区`, a coast's zone.)
          let takesZone = !isRegion || mention.options.allSatisfy { seasBeforeZones.contains(gazetteer.records[Int($0.record)].name) }
          if takesZone, let zoneEnd = namedZoneEnd(in: text, after: end, place: mention.options) {
            mention = PlaceMention(start: index, end: zoneEnd, options: [], rule: "place.zone")
          } else if isRegion, let suffix = regionSuffixes.match(in: text, at: end),
            mention.options.allSatisfy({ regionsWithSuffix.contains(gazetteer.records[Int($0.record)].name) })
          {
            mention.end += suffix.length  // 长三角地区, 华中地区
          } else if !featureEndings.contains(text[end - 1]), mention.options.allSatisfy({ option in
            let record = gazetteer.records[Int(option.record)]
            return record.kind != .region && record.kind != .zone && record.level != 4
          }), let featureEnd = featureEnd(in: text, after: end) {
            mention = PlaceMention(start: index, end: featureEnd, options: [], rule: "place.feature")
          } else if foreignSuffixes.contains(text[end]), !foreignSuffixes.contains(text[end - 1]), suffixWords.match(in: text, at: end) == nil,
            mention.options.allSatisfy({ [.city, .subdivision].contains(gazetteer.records[Int($0.record)].kind) })
          {
            mention.end += 1  // 渥太华市, 维多利亚州
          }
          mentions.append(mention)
          index = mention.end
          accepted = true
          break
        }
      }
      if accepted { continue }
      if abbreviated, let mention = singleAbbreviation(in: text, at: index) {
        mentions.append(mention)
      }
      index += 1
    }
    if !pendingJoints.isEmpty { confirmJoints(pendingJoints, in: text, mentions: &mentions) }
    guard !mentions.isEmpty else { return }
    PlaceResolver(gazetteer: gazetteer).resolve(&mentions, in: text)
    for mention in mentions {
      candidates.append(
        Candidate(start: mention.start, end: mention.end, kind: .place, value: .place(mention.value(gazetteer, in: text)), rule: mention.rule))
    }
  }

  /// The end of a named zone that starts with the place ending at `end`: a zone word right
  /// after it (`梅州高新区`), after a place in parentheses (`深圳(哈尔滨)产业园`), after a
  /// short name of one to six characters (`梅州预制菜产业园`), or a zone of the gazetteer or a
  /// place's zone right after it (`重庆两江新区`, `吴江泗阳产业合作园区`); a partner joined
  /// by a dash may come first (`中国—东盟产业合作区`), a part of the zone after
  /// (`…自贸试验区开封片区`).
  private func namedZoneEnd(
    in text: ScalarText, after end: Int, place: [(record: Int32, form: PlaceNameForm)] = [], joint: Bool = false
  ) -> Int? {
    var position = end
    if zoneDashes.contains(text[position]) {
      if let partner = zonePartners.match(in: text, at: position + 1) {
        position += 1 + partner.length
      } else if let partner = gazetteer.longestPlace(in: text, at: position + 1) {
        position += 1 + partner.length
      } else {
        return nil
      }
    }
    if joint, let zone = jointZoneSuffixes.match(in: text, at: position) { return position + zone.length }
    guard var zoneEnd = zoneEndAfterName(in: text, after: position, nested: place) else { return nil }
    // `河南自贸试验区开封片区`: a place and a word of parts after the zone.
    if let place = gazetteer.longestPlace(in: text, at: zoneEnd), let part = zonePartSuffixes.match(in: text, at: zoneEnd + place.length) {
      zoneEnd += place.length + part.length
    }
    return zoneEnd
  }

  /// `namedZoneEnd` without the partner and the part; `nested`, the readings of the place
  /// before, lets a place's zone follow.
  private func zoneEndAfterName(in text: ScalarText, after end: Int, nested: [(record: Int32, form: PlaceNameForm)]?) -> Int? {
    if let zone = zoneSuffixes.match(in: text, at: end) { return end + zone.length }
    var position = end
    if text[position] == 0x28 || text[position] == 0xFF08 {  // ( or （
      guard let inner = gazetteer.longestPlace(in: text, at: position + 1) else { return nil }
      position += 1 + inner.length
      guard text[position] == 0x29 || text[position] == 0xFF09 else { return nil }
      return zoneEndAfterName(in: text, after: position + 1, nested: nil)
    }
    if let outer = nested, gazetteer.trie.mayStart(with: text[end]), let place = gazetteer.longestPlace(in: text, at: end) {
      let placeEnd = end + place.length
      let isZone = place.entry.records.contains { gazetteer.records[Int($0.record)].kind == .zone }
      if isZone || zoneSuffixes.match(in: text, endingAt: placeEnd) != nil { return placeEnd }
      // Two places that name a zone together (`吴江泗阳产业合作园区`), not a chain (`北京市丰台区…`).
      let inChain = place.entry.records.contains { inner in outer.contains { gazetteer.contains($0.record, inner.record) } }
      if !inChain, let zoneEnd = zoneEndAfterName(in: text, after: placeEnd, nested: nil) { return zoneEnd }
    }
    for length in 1...6 {
      let c = text[end + length - 1]
      guard CharacterClass.isHan(c), !notInZoneName.contains(c) else { return nil }
      if let zone = zoneSuffixes.match(in: text, at: end + length) {
        // `深圳宝能经贸科技城`: a company's short name (a name that is no word + an industry
        // word) names its project, not a zone.
        if length == 4, companyStemTails.match(in: text, at: end + 2)?.length == 2, !gazetteer.isCommonWord(text[end], text[end + 1]),
          gazetteer.longestPlace(in: text, at: end) == nil
        {
          return nil
        }
        return end + length + zone.length
      }
    }
    return nil
  }

  /// The end of a geographic feature named after the place ending at `end` (`东京湾`,
  /// `渥太华河`), unless the feature word starts another word (`北京山区`, `中国海关`).
  private func featureEnd(in text: ScalarText, after end: Int) -> Int? {
    guard let feature = featureSuffixes.match(in: text, at: end) else { return nil }
    let last = end + feature.length
    if gazetteer.isCommonWord(text[last - 1], text[last]) || gazetteer.trie.mayStart(with: text[end], text[end + 1]) && feature.length == 1
      && gazetteer.longestPlace(in: text, at: end) != nil
    {
      return nil
    }
    return last
  }

  private let village = "村".unicodeScalars.first!.value

  /// A gazetteer name at `start..<end`, with the records it may stand for, when the context
  /// lets it be a place.
  private func accept(in text: ScalarText, start: Int, end: Int, node: Int32, previous: PlaceMention?) -> PlaceMention? {
    let gazetteer = self.gazetteer, contextOnly = self.contextOnly, townshipSuffixes = self.townshipSuffixes
    // `北京市长`: the suffix starts another word (市长, 省委), so the place is the short name;
    // not when that word's last character starts a more frequent word (`西藏自治区长期`: 长期).
    if end - start >= 2, divisionSuffixes.contains(text[end - 1]), suffixWords.match(in: text, at: end - 1) != nil,
      gazetteer.commonWordFrequency(text[end], text[end + 1]) <= gazetteer.commonWordFrequency(text[end - 1], text[end]),
      gazetteer.longestPlace(in: text, at: end) == nil
    {
      return nil
    }
    var options = gazetteer.matches(at: node)
    let adjacentParent = previous.flatMap { $0.end == start ? $0 : nil }
    let beforeVillage = text[end] == village
    let twoCharacters = end - start == 2
    let generic = twoCharacters && notShortNames.match(in: text, at: start)?.length == 2
    options.removeAll { option in
      let record = gazetteer.records[Int(option.record)]
      // `龙井村`: a division's short name right before 村 is part of a village's name.
      if beforeVillage, option.form == .short, record.level >= 2 { return true }
      if generic, option.form == .short { return true }
      // A foreign state's name of two characters without its suffix is most often another
      // word or a name (`凯比值`: 凯比州; `肯特`); but Japan's prefectures go without (`长野`).
      if twoCharacters, option.form == .short, record.kind == .subdivision, record.iso != "JP" { return true }
      if record.level == 4 {
        if let parent = adjacentParent, parent.options.contains(where: { gazetteer.contains($0.record, option.record) }) {
          return false
        }
        // Alone, only with its suffix, and not a word ending in one (`小城镇`, `村镇`).
        return end - start < 3 || !townshipSuffixes.contains { text.matches($0, endingAt: end) }
          || gazetteer.isCommonWord(text[end - 2], text[end - 1])
      }
      if record.level == 3, option.form == .full, contextOnly[Int(option.record)] {
        return !(adjacentParent?.options.contains { gazetteer.contains($0.record, option.record) } ?? false)
      }
      return false
    }
    guard !options.isEmpty, !crossesWord(in: text, start: start, end: end, options: options) else { return nil }
    let rule = Self.rule(gazetteer.records[Int(options[0].record)], options[0].form)
    return PlaceMention(start: start, end: end, options: options, rule: rule)
  }

  /// A weak name (a short name, a two-character county, a foreign city) that is the end or
  /// the start of a frequent word reads as that word: `和政府` (政府), `人民和` (人民), `连南方`.
  private func crossesWord(in text: ScalarText, start: Int, end: Int, options: [(record: Int32, form: PlaceNameForm)]) -> Bool {
    let gazetteer = self.gazetteer
    // `武汉江夏`: a division of the name's own chain right after it settles the reading.
    if gazetteer.trie.mayStart(with: text[end]), let next = gazetteer.longestPlace(in: text, at: end),
      next.entry.records.contains(where: { inner in options.contains { gazetteer.contains($0.record, inner.record) && $0.record != inner.record } })
    {
      return false
    }
    // A two-character name loses to a word it overlaps that is at least four times as
    // frequent (`沿海地区`: 沿海 over 海地; `和政府`: 政府 over 和政), whatever its kind.
    // Countries ending in 国 keep their name before 国内, 国人 (`德国内政部`).
    if end - start == 2 {
      let name = gazetteer.nameFrequency(text[start], text[start + 1]) + 2
      let country = options.contains { gazetteer.records[Int($0.record)].kind == .country }
      if gazetteer.commonWordFrequency(text[start - 1], text[start]) >= name
        || (!country && gazetteer.commonWordFrequency(text[end - 1], text[end]) >= name)
      {
        return true
      }
    }
    let weak = options.allSatisfy { option in
      let record = gazetteer.records[Int(option.record)]
      switch record.kind {
      case .division: return (record.level >= 2 && (option.form != .full || end - start <= 2)) || option.form == .historical
      case .city: return end - start <= 2
      case .country, .subdivision, .region, .zone: return option.form != .full && end - start <= 2
      }
    }
    guard weak else { return false }
    if gazetteer.isCommonWord(text[end - 1], text[end]) || gazetteer.isCommonWord(text[start - 1], text[start]) { return true }
    // A former name ending in a word (`大城市`: 城市, `吕梁山区`: 山区) is that word.
    if end - start >= 3, options.allSatisfy({ $0.form == .historical }), gazetteer.isCommonWord(text[end - 2], text[end - 1]) {
      return true
    }
    // `和安多县`, `同德国`: a longer name starts inside a division's short name and runs past
    // it, unless that name ends in a word itself (`济南非法`: 非法).
    let division = options.allSatisfy { gazetteer.records[Int($0.record)].kind == .division }
    for inner in start + 1..<end where division && gazetteer.trie.mayStart(with: text[inner]) {
      if let hit = gazetteer.longestPlace(in: text, at: inner), inner + hit.length > end,
        hit.entry.records.contains(where: { $0.form == .full }),
        !gazetteer.isCommonWord(text[inner + hit.length - 1], text[inner + hit.length])
      {
        return true
      }
    }
    return false
  }

  /// The rule name for `--explain`: what the name is and how it was written (`place.county.short`).
  private static func rule(_ record: PlaceRecord, _ form: PlaceNameForm) -> String {
    let what: Int
    switch record.kind {
    case .division: what = Int(record.level) - 1
    case .country: what = 4
    case .subdivision: what = 5
    case .city: what = 6
    case .region: what = 7
    case .zone: what = 8
    }
    return ruleNames[what * 3 + Int(form.rawValue)]
  }

  private static let ruleNames: [String] = ["province", "prefecture", "county", "township", "country", "subdivision", "city", "region", "zone"]
    .flatMap { what in ["full", "short", "historical"].map { "place.\(what).\($0)" } }

  /// The length of a joint abbreviation at `offset`, where no name starts: two to four
  /// abbreviations followed by a word of relations (`中美两国`, `港澳同胞`), two strong ones
  /// (`中俄建设`), or three or more (`港澳台`, `北上广`), none of them in a word with the text
  /// around (`新华日报`: 日报); else a joint of Chinese divisions (`division`: what it still
  /// needs from the rest of the text, `DivisionJoints`).
  private func jointLength(in text: ScalarText, at offset: Int) -> (length: Int, division: DivisionJoints.Evidence?)? {
    let gazetteer = self.gazetteer, strongAbbreviations = joint.strong
    let abbreviations = gazetteer.abbreviationScalars, divisionScalars = divisionJoints.scalars
    let jointScalar = { (c: UInt32) in abbreviations.contains(c) || divisionScalars.contains(c) }
    guard jointScalar(text[offset + 1]) else { return nil }
    // `其中美国`, `集中美化`: the first character ends a word.
    if gazetteer.isCommonWord(text[offset - 1], text[offset]) { return nil }
    // `刘德华`: after a surname, two abbreviations are more likely a given name.
    let afterSurname = surnames.contains(text[offset - 1])
    var length = 2
    while length < 4 && jointScalar(text[offset + length]) { length += 1 }
    while length >= 2 {
      defer { length -= 1 }
      let end = offset + length
      let next = text[end]
      // `中英文`, `日中午`: the last character starts a word; `中法国`, `美中北京`: a name starts inside.
      if gazetteer.isCommonWord(text[end - 1], next) { continue }
      // (`落日美景`: the last abbreviation starts a word of its own, 美景.)
      if notAfterVerb.match(in: text, at: end - 1) != nil { continue }
      if (offset + 1..<end).contains(where: { nameStartsInside(in: text, at: $0) }) { continue }
      if length == 2 && (afterSurname || runOnly.contains(text[offset]) || runOnly.contains(text[offset + 1])) { continue }
      let followed = joint.followers.match(in: text, at: end) != nil || zoneSuffixes.match(in: text, at: end) != nil
      if (offset..<end).allSatisfy({ abbreviations.contains(text[$0]) }) {
        if followed { return (length, nil) }
        if length >= 3, isRun(in: text, offset, end) { return (length, nil) }
        // Two strong abbreviations pair on their own, unless they spell a word (`非法`, `美德`).
        if length == 2, (offset..<end).allSatisfy({ strongAbbreviations.contains(text[$0]) }),
          !gazetteer.isCommonWord(text[offset], text[offset + 1]), jointWords.match(in: text, at: offset) == nil
        {
          return (length, nil)
        }
      }
      if jointWords.match(in: text, at: offset) == nil,
        let evidence = divisionJoints.evidence(in: text, start: offset, end: end, followed: followed)
      {
        return (length, evidence)
      }
    }
    return nil
  }

  /// True when a name starts at `offset`, inside a joint: any name but a township's short
  /// one, which is no place without its suffix (`杭衢山海`: 衢山 is a town's name).
  private func nameStartsInside(in text: ScalarText, at offset: Int) -> Bool {
    guard gazetteer.trie.mayStart(with: text[offset]), let hit = gazetteer.longestPlace(in: text, at: offset) else { return false }
    return !hit.entry.records.allSatisfy { $0.form != .full && gazetteer.records[Int($0.record)].level == 4 }
  }

  /// Adds the division joints whose places the text names (`DivisionJoints`), in order.
  private func confirmJoints(_ pending: [DivisionJoints.Pending], in text: ScalarText, mentions: inout [PlaceMention]) {
    var named = Set<Int32>()
    for mention in mentions {
      for option in mention.options {
        var record = option.record
        while record >= 0, named.insert(record).inserted { record = gazetteer.records[Int(record)].parent }
      }
    }
    let confirmed = divisionJoints.confirmed(pending, in: text, named: named)
    guard !confirmed.isEmpty else { return }
    for (start, step, records) in confirmed {
      let end = start + records.count
      if step == 1, let zoneEnd = namedZoneEnd(in: text, after: end, joint: true) {
        mentions.append(PlaceMention(start: start, end: zoneEnd, options: [], rule: "place.zone-joint"))
        continue
      }
      for (offset, record) in records.enumerated() {
        let position = start + offset * step
        mentions.append(
          PlaceMention(start: position, end: position + 1, options: [(record, .short)], rule: step == 1 ? "place.division-joint" : "place.listed-joint"))
      }
    }
    mentions.sort { $0.start < $1.start }
  }

  /// The number of abbreviations written as a list at `offset` (`津、杭两市`, `中、阿建交`,
  /// `俄、法、德三方`): two to four, each an abbreviation no name starts at, before a count of
  /// places or a word of relations.
  private func listedJointCount(in text: ScalarText, at offset: Int) -> Int? {
    let abbreviations = gazetteer.abbreviationScalars, divisionScalars = divisionJoints.scalars
    // (`孟、巴、印三国`: a list whose first member is no abbreviation is none.)
    if text[offset - 1] == listComma || gazetteer.isCommonWord(text[offset - 1], text[offset]) { return nil }
    var count = 0
    var position = offset
    while count < 4 {
      let c = text[position]
      guard abbreviations.contains(c) || divisionScalars.contains(c), !notListed.contains(c) else { return nil }
      if count > 0, nameStartsInside(in: text, at: position) { return nil }
      count += 1
      if text[position + 1] == listComma {
        position += 2
        continue
      }
      guard count >= 2, listedJointFollowers.match(in: text, at: position + 1) != nil else { return nil }
      return count
    }
    return nil
  }

  /// Adds a listed joint (`listedJointCount`): each character a place, read as a joint of
  /// press abbreviations when all of them are ones (foreign when any is), else as a joint of
  /// Chinese divisions, which needs one of its places named in the text.
  private func appendListedJoint(
    in text: ScalarText, start: Int, count: Int, mentions: inout [PlaceMention], pending: inout [DivisionJoints.Pending]
  ) {
    let gazetteer = self.gazetteer
    let positions = (0..<count).map { start + 2 * $0 }
    let targets = positions.map { gazetteer.abbreviations[text[$0]] ?? [] }
    guard targets.allSatisfy({ !$0.isEmpty }) else {
      pending.append(DivisionJoints.Pending(start: start, length: count, evidence: .one, step: 2))
      return
    }
    let foreign = targets.contains { $0.allSatisfy { gazetteer.records[Int($0)].kind != .division } }
    for (position, records) in zip(positions, targets) {
      let preferred = records.filter { (gazetteer.records[Int($0)].kind != .division) == foreign }
      mentions.append(
        PlaceMention(start: position, end: position + 1, options: [(preferred.first ?? records[0], .short)], rule: "place.listed-joint"))
    }
  }

  /// `中非合作`: a two-character name spelled by two strong abbreviations (中非, the Central
  /// African Republic) reads as the two places before a word of relations.
  private func isJointCountry(in text: ScalarText, at offset: Int, ends: [(end: Int, node: Int32)]) -> Bool {
    ends.count == 1 && ends[0].end == offset + 2 && joint.isPairBeforeRelations(in: text, at: offset)
  }

  /// Three or more abbreviations of one family (all strong press abbreviations, or all of
  /// Chinese divisions: `港澳台`, `京津沪辽`, `北上广`), no character twice, no two of them a
  /// word (`台上`, `以上`), and no name starting inside (`上北京`).
  private func isRun(in text: ScalarText, _ start: Int, _ end: Int) -> Bool {
    let strongAbbreviations = joint.strong, divisionAbbreviations = self.divisionAbbreviations
    let strong = (start..<end).allSatisfy { strongAbbreviations.contains(text[$0]) }
    let chinese = (start..<end).allSatisfy { divisionAbbreviations.contains(text[$0]) }
    guard strong || chinese else { return false }
    for index in start..<end - 1 {
      // (`北上` is a word, but 北 and 上 only ever join runs: `北上广`.)
      let both = runOnly.contains(text[index]) && runOnly.contains(text[index + 1])
      if !both && gazetteer.isCommonWord(text[index], text[index + 1]) { return false }
      if (index + 1..<end).contains(where: { text[$0] == text[index] }) { return false }
    }
    for inner in start + 1..<end where gazetteer.trie.mayStart(with: text[inner]) {
      if gazetteer.longestPlace(in: text, at: inner) != nil { return false }
    }
    return true
  }

  /// One place per character; each takes the country reading when any of them is foreign
  /// (`中澳` → Australia), else the Chinese one (`港澳` → Macau).
  private func appendJoint(in text: ScalarText, start: Int, length: Int, to mentions: inout [PlaceMention]) {
    let gazetteer = self.gazetteer
    let targets = (start..<start + length).map { gazetteer.abbreviations[text[$0]] ?? [] }
    let foreign = targets.contains { $0.allSatisfy { gazetteer.records[Int($0)].kind != .division } }
    for (offset, records) in targets.enumerated() {
      let preferred = records.filter { (gazetteer.records[Int($0)].kind != .division) == foreign }
      let chosen = preferred.first ?? records[0]
      mentions.append(
        PlaceMention(start: start + offset, end: start + offset + 1, options: [(chosen, .short)], rule: "place.joint-abbreviation"))
    }
  }

  /// `访华`, `驻美`, `在京`; `中方`, `美方` as a side in talks.
  private func singleAbbreviation(in text: ScalarText, at offset: Int) -> PlaceMention? {
    let c = text[offset]
    let afterVerb = verbs.contains(text[offset - 1]) && verbAbbreviations.contains(c)
    let asSide = sides.contains(c) && text[offset + 1] == side
    guard afterVerb || asSide, let records = gazetteer.abbreviations[c] else { return nil }
    if afterVerb, notAfterVerb.match(in: text, at: offset) == nil {
      let record = records.first { gazetteer.records[Int($0)].kind != .division } ?? records[0]
      let chosen = c == PlaceWords.capital || PlaceWords.chineseOnly.contains(c) ? records[0] : record
      return PlaceMention(start: offset, end: offset + 1, options: [(chosen, .short)], rule: "place.abbreviation-after-verb")
    }
    if sides.contains(c), text[offset + 1] == side, !notSideFollowers.contains(text[offset + 2]) {
      guard !notSidePredecessors.contains(text[offset - 1]) else { return nil }
      let record = records.first { gazetteer.records[Int($0)].kind != .division } ?? records[0]
      return PlaceMention(start: offset, end: offset + 1, options: [(record, .short)], rule: "place.side")
    }
    return nil
  }
}
