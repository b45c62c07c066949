/// The kinds of entity the extractor reports; the raw value is the JSON `type`.
public enum EntityKind: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
  case money
  case date
  case place
  case org
  case person
  case percent

  /// The four kinds of the contract, the default set.
  public static let core: Set<EntityKind> = [.money, .date, .place, .org]

  /// Lower wins when two candidates of the same span compete.
  var priority: Int {
    switch self {
    case .org: 0
    case .money: 1
    case .date: 2
    case .percent: 3
    case .place: 4
    case .person: 5
    }
  }

  /// One bit per kind, for cheap sets of kinds in the engine.
  var bit: UInt8 { 1 << UInt8(priority) }

  static func mask(of kinds: Set<EntityKind>) -> UInt8 {
    var mask: UInt8 = 0
    for kind in kinds { mask |= kind.bit }
    return mask
  }

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.priority < rhs.priority }
}
