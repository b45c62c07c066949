/// Turns resolved candidates (scalar offsets) into `Entity` values with string indices and
/// UTF-8 offsets, in one pass over the scalars up to the last entity.
enum EntityBuilder {
  static func entities(from candidates: [Candidate], in text: String, scalars: ScalarText) -> [Entity] {
    guard !candidates.isEmpty else { return [] }
    var entities: [Entity] = []
    entities.reserveCapacity(candidates.count)
    let utf8 = text.utf8
    var scalarOffset = 0
    var utf8Offset = 0
    func advance(to target: Int) {
      while scalarOffset < target {
        let c = scalars[scalarOffset]
        utf8Offset += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
        scalarOffset += 1
      }
    }
    for candidate in candidates {
      advance(to: candidate.start)
      let startUTF8 = utf8Offset
      advance(to: candidate.end)
      let range = utf8.index(utf8.startIndex, offsetBy: startUTF8)..<utf8.index(utf8.startIndex, offsetBy: utf8Offset)
      entities.append(
        Entity(
          kind: candidate.kind, text: String(text[range]), range: range,
          scalarOffsets: candidate.start..<candidate.end, utf8Offsets: startUTF8..<utf8Offset,
          value: candidate.value, rule: candidate.rule))
    }
    return entities
  }
}
