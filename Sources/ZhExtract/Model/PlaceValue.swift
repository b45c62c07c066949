/// A place: a Chinese division with its code and chain, a foreign country, first-level
/// subdivision (state, province, prefecture) or city with its country's ISO 3166 code, or a
/// named region or zone.
public struct PlaceValue: Sendable, Hashable, Encodable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case division, country, subdivision, city, region, zone
  }

  public let kind: Kind
  /// Division code (6 digits, 9 at township level), or ISO 3166 alpha-2 code abroad.
  public let code: String?
  /// Names from the province down to this division (`广东省 / 梅州市 / 梅江区`).
  public let chain: [String]
  /// 1 province, 2 prefecture, 3 county, 4 township; nil outside China.
  public let level: Int?
  /// Codes of every candidate when context could not settle an ambiguous name.
  public let candidates: [String]

  public init(kind: Kind, code: String?, chain: [String] = [], level: Int? = nil, candidates: [String] = []) {
    self.kind = kind
    self.code = code
    self.chain = chain
    self.level = level
    self.candidates = candidates
  }

  private enum CodingKeys: String, CodingKey { case kind, code, chain, level, candidates }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(code, forKey: .code)
    if !chain.isEmpty { try container.encode(chain.joined(separator: " / "), forKey: .chain) }
    try container.encodeIfPresent(level, forKey: .level)
    if !candidates.isEmpty { try container.encode(candidates, forKey: .candidates) }
  }
}
