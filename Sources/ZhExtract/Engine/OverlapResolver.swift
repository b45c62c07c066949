/// The one overlap policy: longest span first, then earliest start, then kind priority
/// (org, money, date, percent, place, person); a candidate that overlaps one already kept is
/// dropped. Spans in the result are flat and sorted by start.
///
/// - Complexity: O(*n* log *n* + total candidate length).
enum OverlapResolver {
  static func resolve(_ candidates: [Candidate], textLength: Int) -> [Candidate] {
    guard candidates.count > 1 else { return candidates }
    if let flat = alreadyFlat(candidates, textLength: textLength) { return flat }
    // Sort indices, not candidates: a candidate carries its value and is costly to move.
    let ordered = candidates.indices.sorted { i, j in
      let (lengthA, lengthB) = (candidates[i].length, candidates[j].length)
      if lengthA != lengthB { return lengthA > lengthB }
      let (startA, startB) = (candidates[i].start, candidates[j].start)
      if startA != startB { return startA < startB }
      return candidates[i].kind.priority < candidates[j].kind.priority
    }
    var taken = [Bool](repeating: false, count: textLength)
    var keptIndices: [Int] = []
    keptIndices.reserveCapacity(candidates.count)
    for index in ordered {
      let (start, end) = (candidates[index].start, candidates[index].end)
      guard start >= 0, end <= textLength, start < end, !taken[start..<end].contains(true) else { continue }
      for offset in start..<end { taken[offset] = true }
      keptIndices.append(index)
    }
    keptIndices.sort { candidates[$0].start < candidates[$1].start }
    return keptIndices.map { candidates[$0] }
  }

  /// The candidates sorted by start when no two overlap (all are kept then), else nil.
  private static func alreadyFlat(_ candidates: [Candidate], textLength: Int) -> [Candidate]? {
    var ordered = true
    for index in candidates.indices {
      let candidate = candidates[index]
      guard candidate.start >= 0, candidate.end <= textLength, candidate.start < candidate.end else { return nil }
      if index > 0 && candidates[index - 1].start > candidate.start { ordered = false }
    }
    if ordered {
      for index in candidates.indices.dropFirst() where candidates[index - 1].end > candidates[index].start { return nil }
      return candidates
    }
    let byStart = candidates.indices.sorted { candidates[$0].start < candidates[$1].start }
    for (previous, next) in zip(byStart, byStart.dropFirst()) where candidates[previous].end > candidates[next].start { return nil }
    return byStart.map { candidates[$0] }
  }
}
