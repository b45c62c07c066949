/// A calendar date or period, as a TIMEX-like string plus the interval it covers.
public struct DateValue: Sendable, Hashable, Encodable {
  /// The unit of the smallest known part.
  public enum Granularity: String, Sendable, Hashable, Codable {
    case century, decade, year, half, quarter, season, month, tenDays, week, day, partOfDay
    case hour, minute, second, range
  }

  /// The TIMEX-like value of the contract: `2023-08-25`, `XXXX-08-25`, `2023-02-08TMO`,
  /// `2023/2030`, `20XX`.
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
