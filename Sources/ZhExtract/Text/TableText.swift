/// Splitting the bundled tables at load time by Unicode scalar: splitting a String on a
/// Character ("\n") measures every grapheme cluster and cost a third of the organization
/// tables' load. The tables hold no CR LF and no combining mark after a tab or line break,
/// so the pieces are the same.
extension String {
  /// The non-empty lines.
  var tableLines: [Substring] { self[...].tableLines }
}

extension Substring {
  /// The non-empty lines.
  var tableLines: [Substring] { splitOnScalar(0x0A) }
  /// The non-empty tab-separated fields.
  var tableFields: [Substring] { splitOnScalar(0x09) }

  private func splitOnScalar(_ separator: UInt32) -> [Substring] {
    unicodeScalars.split(whereSeparator: { $0.value == separator }).map { Substring($0) }
  }
}
