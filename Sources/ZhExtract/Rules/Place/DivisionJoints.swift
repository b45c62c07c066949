/// Pairs and runs of Chinese division abbreviations (`沪滇`, `闽宁`, `杭衢`, `商合杭`), each
/// character its own place. Unlike the strong press abbreviations they need support from the
/// text: a word of relations after them (`对口合作`, `城际铁路`) and one of their places named
/// in the document, or, without such a word, every one of them named (`杭衢` where 杭州 and
/// 衢州 occur). A run of three before such a word needs nothing more (`商合杭高铁`).
struct DivisionJoints {
  /// What a joint still needs from the rest of the text.
  enum Evidence {
    case none
    /// One of its places named elsewhere.
    case one
    /// Every one of its places named elsewhere.
    case all
  }

  /// A joint waiting for the places of the whole text.
  struct Pending {
    var start: Int
    /// The number of characters.
    var length: Int
    var evidence: Evidence
    /// The distance between two characters: 2 in a list (`津、杭两市`).
    var step = 1
  }

  private let gazetteer: PlaceGazetteer
  /// Characters that abbreviate a Chinese division, provinces' and cities' (`沪`, `甬`).
  let scalars: ScalarSet
  private let followers = WordList<Void>(PlaceWords.divisionJointFollowers)

  init(gazetteer: PlaceGazetteer) {
    self.gazetteer = gazetteer
    var scalars = ScalarSet()
    for (scalar, records) in gazetteer.abbreviations where records.contains(where: { gazetteer.records[Int($0)].kind == .division }) {
      scalars.insert(scalar)
    }
    for scalar in gazetteer.localAbbreviations.keys { scalars.insert(scalar) }
    self.scalars = scalars
  }

  /// The divisions a character may abbreviate, the general reading first (`宁`: 宁夏, 南京).
  func targets(_ scalar: UInt32) -> [Int32] {
    let general = (gazetteer.abbreviations[scalar] ?? []).filter { gazetteer.records[Int($0)].kind == .division }
    return general + (gazetteer.localAbbreviations[scalar] ?? [])
  }

  /// What the division joint at `start..<end` needs, or nil when it is none: a character that
  /// abbreviates no division, one twice, or two that spell a word (`宁可`, `长安`).
  /// `followed` tells whether a word of relations or a zone word comes after it.
  func evidence(in text: ScalarText, start: Int, end: Int, followed: Bool) -> Evidence? {
    for index in start..<end {
      guard scalars.contains(text[index]) else { return nil }
      if index + 1 < end, gazetteer.isCommonWord(text[index], text[index + 1]) { return nil }
      if (index + 1..<end).contains(where: { text[$0] == text[index] }) { return nil }
    }
    let related = followed || followers.match(in: text, at: end) != nil
    if related { return end - start >= 3 ? Evidence.none : .one }
    return .all
  }

  /// The joints whose places the text names as they need, one record per character: the
  /// reading named in the text (`宁` → 南京 beside 南京), else the general one.
  func confirmed(_ pending: [Pending], in text: ScalarText, named: Set<Int32>) -> [(start: Int, step: Int, records: [Int32])] {
    var result: [(start: Int, step: Int, records: [Int32])] = []
    for joint in pending {
      var records: [Int32] = []
      var attested = 0
      for index in stride(from: joint.start, to: joint.start + joint.length * joint.step, by: joint.step) {
        let targets = targets(text[index])
        if let named = targets.first(where: named.contains) {
          records.append(named)
          attested += 1
        } else {
          records.append(targets[0])
        }
      }
      switch joint.evidence {
      case .none: break
      case .one: guard attested >= 1 else { continue }
      case .all: guard attested == joint.length else { continue }
      }
      result.append((joint.start, joint.step, records))
    }
    return result
  }
}
