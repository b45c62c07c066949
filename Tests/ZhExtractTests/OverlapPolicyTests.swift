import Testing
@testable import ZhExtract

/// The scored overlap resolution: the heaviest set of non-overlapping spans (rule weight ×
/// length) wins; longest-first order settles ties.
struct OverlapPolicyTests {
  private func candidate(_ start: Int, _ end: Int, _ kind: EntityKind = .org, rule: String = "org.form") -> Candidate {
    let value: EntityValue = kind == .place ? .place(PlaceValue(kind: .region, code: nil)) : .org(OrganizationValue(kind: .company))
    return Candidate(start: start, end: end, kind: kind, value: value, rule: rule, weight: RuleWeights.weight(of: rule))
  }

  private func spans(_ candidates: [Candidate], length: Int = 20) -> [Range<Int>] {
    OverlapResolver.resolve(candidates, textLength: length).map { $0.start..<$0.end }
  }

  @Test func twoSpansOutweighTheLongerOneTheyCross() {
    // 4 + 4 > 6, though longest-first order would keep the 6.
    #expect(spans([candidate(0, 4), candidate(3, 9), candidate(8, 12)]) == [0..<4, 8..<12])
  }

  @Test func aContainingSpanWins() {
    #expect(spans([candidate(0, 10), candidate(0, 3, .place, rule: "place.county.full"), candidate(3, 6, .place, rule: "place.county.full")]) == [0..<10])
  }

  @Test func weakEvidenceYieldsToStrongerNames() {
    // A cue name (0.8 × 5 = 4) loses to a place and a known name it crosses (2 + 3 = 5).
    let weak = candidate(0, 5, rule: "org.cue.short-name")
    let place = candidate(0, 2, .place, rule: "place.prefecture.short")
    let known = candidate(2, 5, rule: "org.known")
    #expect(spans([weak, place, known]) == [0..<2, 2..<5])
    // Alone against the place, it wins (4 > 2).
    #expect(spans([weak, place]) == [0..<5])
  }

  @Test func tiesGoToTheEarlierSpanThenToKindPriority() {
    #expect(spans([candidate(2, 6), candidate(0, 4)]) == [0..<4])
    let resolved = OverlapResolver.resolve([candidate(0, 3, .place, rule: "place"), candidate(0, 3, .org)], textLength: 5)
    #expect(resolved.map(\.kind) == [.org])
  }

  @Test func weightsComeFromTheTable() {
    #expect(RuleWeights.weight(of: "org.cue.short-name") == 0.8)
    #expect(RuleWeights.weight(of: "org.defined") == 1.3)
    #expect(RuleWeights.weight(of: "place.county.short") == 1)
    #expect(RuleWeights.weight(of: "no.such.rule") == 1)
  }

  @Test func everyCandidateCarriesTheWeightOfItsRule() throws {
    _ = try EntityExtractor()
    let recognizers = Recognizers.all()
    let context = DocumentContext(referenceDate: nil, kinds: Set(EntityKind.allCases))
    var checked = 0
    for page in try FixtureFiles.allUTF8Texts() + OrgCueTests.cases.map(\.text) {
      let text = ScalarText(page)
      var candidates: [Candidate] = []
      for recognizer in recognizers { recognizer.collect(in: text, context: context, into: &candidates) }
      DocumentPass.apply(to: &candidates, in: text)
      for candidate in candidates {
        #expect(candidate.weight == RuleWeights.weight(of: candidate.rule), "\(candidate.rule): \(candidate.weight)")
      }
      checked += candidates.count
    }
    #expect(checked > 300)
  }
}
