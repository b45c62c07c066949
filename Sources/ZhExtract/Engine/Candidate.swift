/// A span a recognizer proposes, in scalar offsets, before overlaps are resolved.
struct Candidate: Sendable {
  var start: Int
  var end: Int
  var kind: EntityKind
  var value: EntityValue
  /// The name of the rule that matched, kept for `--explain`.
  var rule: String

  var length: Int { end - start }
}
