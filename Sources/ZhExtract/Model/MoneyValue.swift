public import Foundation

/// A monetary amount: an exact decimal in units of the currency, never a binary float.
public struct MoneyValue: Sendable, Hashable, Encodable {
  /// How the words around the number bound the amount.
  public enum Bound: String, Sendable, Hashable, Codable {
    /// No modifier, or 达/达到.
    case exact
    /// 约 近 左右 上下.
    case approx
    /// 超 逾 超过 突破 以上 多 余.
    case atLeast
    /// 不到 不足 以下.
    case atMost
    /// The amount is not known (`数亿元`); `low`/`high` give the order of magnitude.
    case unknown
  }

  /// The amount, nil for an unknown amount or a range.
  public let amount: Decimal?
  /// The range's ends for ranges (`5至10亿元`) and approximate amounts (`3000多元` → 3000…4000).
  public let low: Decimal?
  public let high: Decimal?
  /// The ISO 4217 code (`CNY`), nil for a bare `$`.
  public let currency: String?
  public let bound: Bound
  /// True when the currency is implied by a money word before the number (`引资50亿`).
  public let implied: Bool

  public init(
    amount: Decimal?, low: Decimal? = nil, high: Decimal? = nil, currency: String?,
    bound: Bound = .exact, implied: Bool = false
  ) {
    self.amount = amount
    self.low = low
    self.high = high
    self.currency = currency
    self.bound = bound
    self.implied = implied
  }

  private enum CodingKeys: String, CodingKey { case amount, low, high, currency, bound, implied }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(amount.map(Self.plain), forKey: .amount)
    try container.encodeIfPresent(low.map(Self.plain), forKey: .low)
    try container.encodeIfPresent(high.map(Self.plain), forKey: .high)
    try container.encodeIfPresent(currency, forKey: .currency)
    try container.encode(bound, forKey: .bound)
    if implied { try container.encode(true, forKey: .implied) }
  }

  /// "17000000000", "0.5": plain decimal notation, no exponent.
  static func plain(_ value: Decimal) -> String { value.description }
}
