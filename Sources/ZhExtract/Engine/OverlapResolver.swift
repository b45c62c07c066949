/// The one overlap policy: of the candidates that overlap, keep the set of non-overlapping
/// spans with the largest sum of evidence, each span's evidence being its rule's weight
/// (`RuleWeights`, carried by the candidate) times its length (weighted interval scheduling). Where two sets weigh the
/// same, the one that longest-first order picks wins: longest span first, then earliest start,
/// then kind priority (org, money, date, percent, place, person), then the first proposed,
/// dropping what overlaps a span already kept. Spans in the result are flat and sorted by start.
///
/// - Complexity: O(*n* log *n* + total candidate length).
enum OverlapResolver {
  static func resolve(_ candidates: [Candidate], textLength: Int) -> [Candidate] {
    guard candidates.count > 1 else { return candidates }
    if let flat = alreadyFlat(candidates, textLength: textLength) { return flat }
    let valid = candidates.indices.filter { candidates[$0].start >= 0 && candidates[$0].end <= textLength && candidates[$0].start < candidates[$0].end }
    // Clusters of overlapping spans are independent: each is scheduled on its own.
    let byStart = valid.sorted { candidates[$0].start < candidates[$1].start }
    var kept: [Int] = []
    kept.reserveCapacity(valid.count)
    var cluster: [Int] = []
    var clusterEnd = Int.min
    for index in byStart {
      if candidates[index].start >= clusterEnd, !cluster.isEmpty {
        schedule(cluster, candidates, into: &kept)
        cluster.removeAll(keepingCapacity: true)
      }
      cluster.append(index)
      clusterEnd = cluster.count == 1 ? candidates[index].end : max(clusterEnd, candidates[index].end)
    }
    schedule(cluster, candidates, into: &kept)
    kept.sort { candidates[$0].start < candidates[$1].start }
    return kept.map { candidates[$0] }
  }

  /// A cluster's heaviest set of non-overlapping spans, appended to `kept`. A span the
  /// longest-first order keeps gets a small bonus, so that it wins every tie.
  private static func schedule(_ cluster: [Int], _ candidates: [Candidate], into kept: inout [Int]) {
    if cluster.count == 1 {
      kept.append(cluster[0])
      return
    }
    if cluster.count == 2 {  // the common case, two spans that overlap: the heavier one
      let (a, b) = (cluster[0], cluster[1])
      let aFirst = comesFirst(a, b, candidates)
      let weightA = candidates[a].weight * Double(candidates[a].length) + (aFirst ? tieBonus : 0)
      let weightB = candidates[b].weight * Double(candidates[b].length) + (aFirst ? 0 : tieBonus)
      kept.append(weightA >= weightB ? a : b)
      return
    }
    let preferred = longestFirst(cluster, candidates)
    let byEnd = cluster.indices.sorted { candidates[cluster[$0]].end < candidates[cluster[$1]].end }
    let ends = byEnd.map { candidates[cluster[$0]].end }
    // best[k]: the heaviest set among the first k spans by end; taken[k]: whether span k-1 is in it.
    var best = [Double](repeating: 0, count: byEnd.count + 1)
    var taken = [Bool](repeating: false, count: byEnd.count + 1)
    var previous = [Int](repeating: 0, count: byEnd.count + 1)
    for (position, member) in byEnd.enumerated() {
      let candidate = candidates[cluster[member]]
      // The spans that end at or before this one's start: a binary search over the ends.
      var low = 0, high = position
      while low < high {
        let middle = (low + high) / 2
        if ends[middle] <= candidate.start { low = middle + 1 } else { high = middle }
      }
      let weight = candidate.weight * Double(candidate.length) + (preferred[member] ? tieBonus : 0)
      let with = best[low] + weight
      if with > best[position] {
        best[position + 1] = with
        taken[position + 1] = true
        previous[position + 1] = low
      } else {
        best[position + 1] = best[position]
        previous[position + 1] = position
      }
    }
    var position = byEnd.count
    while position > 0 {
      if taken[position] { kept.append(cluster[byEnd[position - 1]]) }
      position = previous[position]
    }
  }

  /// Much less than any difference of weight × length, more than rounding.
  private static let tieBonus = 1e-3

  /// Longest-first order: longest span, then earliest start, then kind priority.
  @inline(__always) private static func comesFirst(_ i: Int, _ j: Int, _ candidates: [Candidate]) -> Bool {
    let (lengthA, lengthB) = (candidates[i].length, candidates[j].length)
    if lengthA != lengthB { return lengthA > lengthB }
    let (startA, startB) = (candidates[i].start, candidates[j].start)
    if startA != startB { return startA < startB }
    let (priorityA, priorityB) = (candidates[i].kind.priority, candidates[j].kind.priority)
    return priorityA != priorityB ? priorityA < priorityB : i < j  // then the first proposed
  }

  /// Which members of a cluster longest-first order keeps (by position in `cluster`): the
  /// tie-break of the scheduling. A cluster's spans overlap nothing outside it.
  private static func longestFirst(_ cluster: [Int], _ candidates: [Candidate]) -> [Bool] {
    let ordered = cluster.indices.sorted { comesFirst(cluster[$0], cluster[$1], candidates) }
    let origin = cluster.map { candidates[$0].start }.min() ?? 0
    let extent = (cluster.map { candidates[$0].end }.max() ?? origin) - origin
    var covered = [Bool](repeating: false, count: extent)
    var kept = [Bool](repeating: false, count: cluster.count)
    for member in ordered {
      let span = candidates[cluster[member]].start - origin..<candidates[cluster[member]].end - origin
      guard !covered[span].contains(true) else { continue }
      for offset in span { covered[offset] = true }
      kept[member] = true
    }
    return kept
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
