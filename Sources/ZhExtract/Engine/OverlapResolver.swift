/// The one overlap policy: longest span first, then earliest start, then kind priority
/// (org, money, date, percent, place, person); a candidate that overlaps one already kept is
/// dropped. Spans in the result are flat and sorted by start.
///
/// - Complexity: O(*n* log *n* + total candidate length).
enum OverlapResolver {
  static func resolve(_ candidates: [Candidate], textLength: Int) -> [Candidate] {
    guard candidates.count > 1 else { return candidates }
    let ordered = candidates.sorted { a, b in
      if a.length != b.length { return a.length > b.length }
      if a.start != b.start { return a.start < b.start }
      return a.kind.priority < b.kind.priority
    }
    var taken = [Bool](repeating: false, count: textLength)
    var kept: [Candidate] = []
    kept.reserveCapacity(candidates.count)
    for candidate in ordered where candidate.start >= 0 && candidate.end <= textLength && candidate.start < candidate.end {
      if taken[candidate.start..<candidate.end].contains(true) { continue }
      for offset in candidate.start..<candidate.end { taken[offset] = true }
      kept.append(candidate)
    }
    return kept.sorted { $0.start < $1.start }
  }
}
