/// A span a recognizer proposes, in scalar offsets, before overlaps are resolved.
struct Candidate: Sendable {
  var start: Int
  var end: Int
  var kind: EntityKind
  var value: EntityValue
  /// The name of the rule that matched, kept for `--explain`.
  var rule: String
  /// The weight of the rule's evidence (`RuleWeights`), set by the recognizers whose rules
  /// weigh other than 1, so that the resolution needs no lookup.
  var weight: Double = 1
  /// A name the document pass carries to every other occurrence of the same string.
  var recurs = false

  var length: Int { end - start }
}
