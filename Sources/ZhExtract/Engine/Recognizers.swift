/// The registry: every recognizer the extractor runs, in one explicit list.
enum Recognizers {
  static func all() -> [any Recognizer] {
    [MoneyRecognizer(), PercentRecognizer(), DateRecognizer(), PlaceRecognizer(), OrgRecognizer(), OrgCueRecognizer(), PersonRecognizer()]
  }

  /// The kinds that must run alongside `kinds` so that overlaps resolve as the contract says:
  /// an organization's name swallows the dates and places inside it (`21世纪经济报道`).
  static func competitors(of kinds: Set<EntityKind>) -> Set<EntityKind> {
    kinds.contains(.date) || kinds.contains(.place) ? kinds.union([.org]) : kinds
  }
}
