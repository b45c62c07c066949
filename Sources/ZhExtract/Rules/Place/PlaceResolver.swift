/// A place name found in the text and the records it may still stand for.
struct PlaceMention {
  var start: Int
  var end: Int
  var options: [(record: Int32, form: PlaceNameForm)]
  var rule: String

  /// The value: the one record left, or the candidates when context could not settle them.
  func value(_ gazetteer: PlaceGazetteer, in text: ScalarText) -> PlaceValue {
    // A zone or feature named after places (`梅州高新区`, `东京湾`): its own name, as for the
    // zones and regions of the table.
    if options.isEmpty {
      return PlaceValue(kind: rule == "place.feature" ? .region : .zone, code: nil, chain: [text.string(start..<end)])
    }
    if options.count == 1 { return gazetteer.value(of: options[0].record) }
    let records = options.map(\.record)
    // One code under several records (新加坡 the country and the city): the country.
    if Set(records.map { gazetteer.records[Int($0)].code }).count == 1 {
      return gazetteer.value(of: records.first { gazetteer.records[Int($0)].kind == .country } ?? records[0])
    }
    let first = gazetteer.records[Int(records[0])]
    let levels = Set(records.map { gazetteer.records[Int($0)].level })
    return PlaceValue(
      kind: first.kind, code: nil, chain: [], level: levels.count == 1 && first.level > 0 ? Int(first.level) : nil,
      candidates: records.map { gazetteer.records[Int($0)].code })
  }
}

/// Settles ambiguous names: first inside a chain of adjacent names (`梅州兴宁市石马镇`), then
/// from the unambiguous places elsewhere in the text (`深圳…龙华区` → 440309), then by the
/// form of the name (a full name over a short or former one; a short name of a province over
/// one of a prefecture or county). What is left stays a list of candidates.
struct PlaceResolver {
  let gazetteer: PlaceGazetteer

  /// Characters that join the names of a list (`青浦、吴江和嘉善`).
  private static let listMarks = ScalarSet(characters: PlaceWords.listMarks)

  func resolve(_ mentions: inout [PlaceMention], in text: ScalarText) {
    // 1. Chains: a name right after another is inside it, when it can be.
    for index in mentions.indices.dropFirst() where mentions[index].start == mentions[index - 1].end {
      let outer = mentions[index - 1].options
      let inner = mentions[index].options
      let inside = inner.filter { option in outer.contains { gazetteer.contains($0.record, option.record) && $0.record != option.record } }
      guard !inside.isEmpty else { continue }
      mentions[index].options = inside
      let containing = outer.filter { option in inside.contains { gazetteer.contains(option.record, $0.record) } }
      if !containing.isEmpty { mentions[index - 1].options = containing }
    }
    if mentions.contains(where: isLoneCandidate) { dropLoneCountyShortNames(&mentions, in: text) }
    // Preferences by form before context, so that `海南` (province, or a prefecture's short
    // name) does not wait for context.
    for index in mentions.indices where mentions[index].options.count > 1 {
      narrowByForm(&mentions[index].options)
    }
    guard mentions.contains(where: { $0.options.count > 1 }) else { return }
    // 2. The text: unambiguous divisions and everything above them are anchors.
    var anchors: [Int32: Int8] = [:]
    for mention in mentions where mention.options.count == 1 {
      var record = mention.options[0].record
      while record >= 0 {
        let entry = gazetteer.records[Int(record)]
        guard entry.kind == .division else { break }
        anchors[record] = entry.level
        record = entry.parent
      }
    }
    guard !anchors.isEmpty else { return }
    for index in mentions.indices where mentions[index].options.count > 1 {
      var best: [(record: Int32, form: PlaceNameForm)] = []
      var bestScore: Int8 = 0
      for option in mentions[index].options {
        var score: Int8 = 0
        var record = gazetteer.records[Int(option.record)].parent
        while record >= 0 {
          if let level = anchors[record] {
            score = level
            break
          }
          record = gazetteer.records[Int(record)].parent
        }
        if score > bestScore {
          bestScore = score
          best = [option]
        } else if score == bestScore, score > 0 {
          best.append(option)
        }
      }
      if !best.isEmpty { mentions[index].options = best }
    }
  }

  /// A county's short name (`顺德`, `爱民`, `天涯`) is a place only next to another place of
  /// its chain, when a division above it is named somewhere in the text, or in a list with
  /// another county (`青浦、吴江、嘉善`): on its own it is far more often a word or a name. Once
  /// a county is kept, so are its other mentions.
  private func dropLoneCountyShortNames(_ mentions: inout [PlaceMention], in text: ScalarText) {
    var named = Set<Int32>()
    for mention in mentions { for option in mention.options { named.insert(option.record) } }
    var keep = [Bool](repeating: true, count: mentions.count)
    for (index, mention) in mentions.enumerated() {
      guard isLoneCandidate(mention) else { continue }
      // (Next to a division: a region or a zone names no chain, `运河苏南段`; nor does another
      // county's short name, `安居乐业`.)
      let chainsWith = { (other: PlaceMention) in self.isDivision(other) && !self.isLoneCandidate(other) }
      let adjacent = (index > 0 && mentions[index - 1].end == mention.start && chainsWith(mentions[index - 1]))
        || (index + 1 < mentions.count && mentions[index + 1].start == mention.end && chainsWith(mentions[index + 1]))
      if adjacent || isListedWithCounty(mentions, index, in: text) { continue }
      let anchored = mention.options.contains { option in
        var record = gazetteer.records[Int(option.record)].parent
        while record >= 0 {
          if named.contains(record) { return true }
          record = gazetteer.records[Int(record)].parent
        }
        return false
      }
      if !anchored { keep[index] = false }
    }
    guard keep.contains(false) else { return }
    var kept = Set<Int32>()
    for (index, mention) in mentions.enumerated() where keep[index] && isLoneCandidate(mention) {
      for option in mention.options { kept.insert(option.record) }
    }
    for (index, mention) in mentions.enumerated() where !keep[index] && mention.options.contains(where: { kept.contains($0.record) }) {
      keep[index] = true
    }
    mentions = zip(mentions, keep).filter(\.1).map(\.0)
  }

  /// True when the mention at `index` and a county next to it are joined by a list mark.
  private func isListedWithCounty(_ mentions: [PlaceMention], _ index: Int, in text: ScalarText) -> Bool {
    let isCounty = { (mention: PlaceMention) in
      mention.options.contains { self.gazetteer.records[Int($0.record)].level == 3 }
    }
    let mention = mentions[index]
    if index > 0, mentions[index - 1].end + 1 == mention.start, Self.listMarks.contains(text[mention.start - 1]), isCounty(mentions[index - 1]) {
      return true
    }
    if index + 1 < mentions.count, mention.end + 1 == mentions[index + 1].start, Self.listMarks.contains(text[mention.end]),
      isCounty(mentions[index + 1])
    {
      return true
    }
    return false
  }

  private func isDivision(_ mention: PlaceMention) -> Bool {
    mention.options.contains { gazetteer.records[Int($0.record)].kind == .division }
  }

  /// True for a mention whose every reading is a county's short name.
  private func isLoneCandidate(_ mention: PlaceMention) -> Bool {
    !mention.options.isEmpty && mention.options.allSatisfy { option in
      option.form == .short && gazetteer.records[Int(option.record)].level == 3
    }
  }

  /// Keeps the readings of the strongest form: full names first; among short names, the
  /// highest level (province, then prefecture, then county).
  private func narrowByForm(_ options: inout [(record: Int32, form: PlaceNameForm)]) {
    if options.contains(where: { $0.form == .full }) && options.contains(where: { $0.form != .full }) {
      options.removeAll { $0.form != .full }
    }
    guard options.count > 1, options.allSatisfy({ $0.form != .full }) else { return }
    let rank = { (record: Int32) -> Int in
      let entry = self.gazetteer.records[Int(record)]
      return entry.kind == .division ? Int(entry.level) : 0
    }
    let top = options.map { rank($0.record) }.min() ?? 0
    options.removeAll { rank($0.record) != top }
  }
}
