/// One kind's matcher: scans the text and proposes candidates. Recognizers are immutable
/// values built once (tables, tries) and shared by every call and thread.
protocol Recognizer: Sendable {
  /// The kinds this recognizer can produce.
  var kinds: Set<EntityKind> { get }
  /// Appends the candidates found in `text`.
  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate])
}

/// What recognizers share about the document being read.
struct DocumentContext: Sendable {
  /// The caller's reference date, or the text's own dateline.
  var referenceDate: CalendarDay?
  /// The kinds the caller asked for.
  var kinds: Set<EntityKind>
}
