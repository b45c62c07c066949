/// A calendar date or period, as a TIMEX-like string plus the interval it covers.
///
/// JSON (sorted keys): `{"end": "2023-02-08T12:00", "granularity": "partOfDay",
/// "start": "2023-02-08T06:00", "timex": "2023-02-08TMO"}`; `start` and `end` are left out when
/// the year is unknown. The shared scorer (`score.py`) reads a date's value from `timex`.
/// Ranges are written `(2023,2030)`, `(2023-02-06,2023-02-08)` (both ends included), the
/// Recognizers-Text form the scorer parses, where the contract's table writes `2023/2030`.
public struct DateValue: Sendable, Hashable, Encodable {
  /// The unit of the smallest known part.
  public enum Granularity: String, Sendable, Hashable, Codable {
    case century, decade, year, half, quarter, season, month, tenDays, week, day, partOfDay
    case hour, minute, second, range
  }

  /// The TIMEX-like value of the contract: `2023-08-25`, `XXXX-08-25`, `2023-02-08TMO`,
  /// `(2023,2030)`, `20XX`, `2023-H1`, `2023-08-D3`, `XXXX-L01-15` (lunar, year unknown).
  public let timex: String
  public let granularity: Granularity
  /// The ISO 8601 interval covered, when it is known: start inclusive, end exclusive.
  public let start: String?
  public let end: String?

  public init(timex: String, granularity: Granularity, start: String? = nil, end: String? = nil) {
    self.timex = timex
    self.granularity = granularity
    self.start = start
    self.end = end
  }
}
