/// One entity found in a text.
public struct Entity: Sendable, Hashable {
  /// What kind of entity this is.
  public let kind: EntityKind
  /// The original substring, exactly as it appears in the text.
  public let text: String
  /// The span in the caller's string.
  public let range: Range<String.Index>
  /// The span in Unicode scalars (code points), end exclusive: the offsets used in JSON.
  public let scalarOffsets: Range<Int>
  /// The span in UTF-8 bytes, end exclusive.
  public let utf8Offsets: Range<Int>
  /// The normalised value.
  public let value: EntityValue
  /// The name of the rule that produced the entity, for debugging (`--explain`).
  public let rule: String
  /// The weight of that rule's evidence when spans overlap (`1` is a plain match); the
  /// resolution keeps the set of spans with the largest sum of weight × length.
  public var weight: Double { RuleWeights.weight(of: rule) }
}
