/// Turns resolved candidates (scalar offsets) into `Entity` values with string indices and
/// UTF-8 offsets, in one walk over the text.
enum EntityBuilder {
  static func entities(from candidates: [Candidate], in text: String) -> [Entity] {
    guard !candidates.isEmpty else { return [] }
    var entities: [Entity] = []
    entities.reserveCapacity(candidates.count)
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var scalarOffset = 0
    var utf8Offset = 0
    func advance(to target: Int) {
      while scalarOffset < target, index < scalars.endIndex {
        utf8Offset += UTF8.width(scalars[index])
        index = scalars.index(after: index)
        scalarOffset += 1
      }
    }
    for candidate in candidates {
      advance(to: candidate.start)
      let startIndex = index
      let startUTF8 = utf8Offset
      advance(to: candidate.end)
      let range = startIndex..<index
      entities.append(
        Entity(
          kind: candidate.kind, text: String(text[range]), range: range,
          scalarOffsets: candidate.start..<candidate.end, utf8Offsets: startUTF8..<utf8Offset,
          value: candidate.value, rule: candidate.rule))
    }
    return entities
  }
}
