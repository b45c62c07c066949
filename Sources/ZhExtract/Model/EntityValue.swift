/// The normalised value of an entity; encodes as the contract's JSON value of its kind.
public enum EntityValue: Sendable, Hashable, Encodable {
  indirect case money(MoneyValue)  // boxed: the largest value, kept out of every candidate's size
  case date(DateValue)
  case place(PlaceValue)
  case org(OrganizationValue)
  case percent(PercentValue)
  case none

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .money(let value): try container.encode(value)
    case .date(let value): try container.encode(value)
    case .place(let value): try container.encode(value)
    case .org(let value): try container.encode(value)
    case .percent(let value): try container.encode(value)
    case .none: try container.encodeNil()
    }
  }
}

/// A percentage: `45%`, `百分之七十五`, `0.4个百分点`; encodes as `"45%"`.
public struct PercentValue: Sendable, Hashable, Encodable {
  /// The number of percent, as an exact decimal string ("45", "0.4").
  public let value: String
  /// True for percentage points (`个百分点`).
  public let points: Bool

  public init(value: String, points: Bool) {
    self.value = value
    self.points = points
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value + "%")
  }
}

/// An organization's kind and, when its name starts with places, the deepest place's code.
public struct OrganizationValue: Sendable, Hashable, Encodable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case government, party, company, education, research, media, finance, association, other
  }
  public let kind: Kind
  public let placeCode: String?

  public init(kind: Kind, placeCode: String? = nil) {
    self.kind = kind
    self.placeCode = placeCode
  }
}
