/// The characters Chinese numbers are written with: the one table the number parser reads.
enum NumeralCharacters {
  /// Digits, including financial forms (壹贰叁) and colloquial 两/幺.
  static let digits: [UInt32: Int] = table([
    ("零", 0), ("〇", 0), ("○", 0), ("一", 1), ("壹", 1), ("幺", 1), ("二", 2), ("贰", 2), ("貳", 2),
    ("两", 2), ("兩", 2), ("倆", 2), ("俩", 2), ("三", 3), ("叁", 3), ("參", 3), ("四", 4), ("肆", 4), ("五", 5), ("伍", 5),
    ("六", 6), ("陆", 6), ("陸", 6), ("七", 7), ("柒", 7), ("八", 8), ("捌", 8), ("九", 9), ("玖", 9),
  ])

  /// Single characters that stand for a multiple of ten.
  static let tens: [UInt32: Int] = table([("廿", 20), ("卅", 30), ("卌", 40)])

  /// Units below ten thousand: 十 百 千 and their financial forms.
  static let smallUnits: [UInt32: Int] = table([
    ("十", 10), ("拾", 10), ("百", 100), ("佰", 100), ("千", 1000), ("仟", 1000),
  ])

  /// Scales of ten thousand and up, as powers of ten.
  static let bigUnits: [UInt32: Int] = table([("万", 4), ("萬", 4), ("亿", 8), ("億", 8), ("兆", 12)])

  /// Latin scale letters after Arabic digits (`15k`, `30w`), as powers of ten.
  static let latinScales: [UInt32: Int] = table([("k", 3), ("K", 3), ("w", 4), ("W", 4)])

  /// Decimal points between Arabic digits: `.`, full-width `．`, middle dot `·`.
  static let arabicDecimalPoints = ScalarSet([0x2E, 0xFF0E, 0xB7])
  /// Thousands separators between Arabic digit groups: `,` and full-width `，`.
  static let thousandsSeparators = ScalarSet([0x2C, 0xFF0C])

    static let points = ScalarSet(characters: "点點")
  static let more = ScalarSet(characters: "多余")
  static let several: Set<UInt32> = Set("几幾数數".unicodeScalars.map(\.value))
  static let measureWordBeforeScale: UInt32 = 0x4E2A  // 个, as in 两个亿

  /// What a character can be in a number, for the hot scan: one array lookup instead of
  /// several hash lookups. Covers the CJK block; other numeral characters (〇, full width)
  /// are tested directly.
  struct Roles: OptionSet, Sendable {
    let rawValue: UInt8
    static let digit = Roles(rawValue: 1)
    static let tens = Roles(rawValue: 2)
    static let smallUnit = Roles(rawValue: 4)
    static let bigUnit = Roles(rawValue: 8)
    static let several = Roles(rawValue: 16)
    static let moneyStart = Roles(rawValue: 32)
  }

  private static let cjkBase: UInt32 = 0x3000
  private static let cjkLimit: UInt32 = 0xA000

  static let roles: [Roles] = {
    var roles = [Roles](repeating: [], count: Int(cjkLimit - cjkBase))
    func mark(_ scalars: some Sequence<UInt32>, _ role: Roles) {
      for c in scalars where c >= cjkBase && c < cjkLimit { roles[Int(c - cjkBase)].insert(role) }
    }
    mark(digits.keys, .digit)
    mark(tens.keys, .tens)
    mark(smallUnits.keys, .smallUnit)
    mark(bigUnits.keys, .bigUnit)
    mark(several, .several)
    return roles
  }()

  /// Each CJK character's value in its role: the digit, the tens value, the unit's value or
  /// the scale's power of ten.
  private static let values: [Int16] = {
    var values = [Int16](repeating: 0, count: Int(cjkLimit - cjkBase))
    for table in [digits, tens, smallUnits, bigUnits] {
      for (c, value) in table where c >= cjkBase && c < cjkLimit { values[Int(c - cjkBase)] = Int16(value) }
    }
    return values
  }()

  @inline(__always) private static func value(_ c: UInt32, _ role: Roles) -> Int? {
    guard c >= cjkBase && c < cjkLimit else { return nil }
    let index = Int(c - cjkBase)
    return roles[index].contains(role) ? Int(values[index]) : nil
  }

  /// The digit a character writes (一 → 1, 两 → 2, 〇 → 0), fast.
  @inline(__always) static func digit(_ c: UInt32) -> Int? { value(c, .digit) }
  /// 廿 → 20.
  @inline(__always) static func tensValue(_ c: UInt32) -> Int? { value(c, .tens) }
  /// 十 → 10, 百 → 100, 千 → 1000.
  @inline(__always) static func smallUnit(_ c: UInt32) -> Int? { value(c, .smallUnit) }
  /// 万 → 4, 亿 → 8: the power of ten.
  @inline(__always) static func bigUnit(_ c: UInt32) -> Int? { value(c, .bigUnit) }
  /// 几, 数 and their traditional forms.
  @inline(__always) static func isSeveral(_ c: UInt32) -> Bool { roles(of: c).contains(.several) }

  /// The roles of `c`; empty for characters outside the table.
  /// Every scalar that can begin a number: ASCII and full-width digits and every numeral
  /// character; recognizers copy it into their own start sets (one bitmap test per scalar).
  static var numberStarts: ScalarSet {
    var set = ScalarSet(Array(0x30...0x39) + Array(0xFF10...0xFF19))
    for c in cjkBase..<cjkLimit where !roles(of: c).isEmpty { set.insert(c) }
    return set
  }

  @inline(__always) static func roles(of c: UInt32) -> Roles {
    c >= cjkBase && c < cjkLimit ? roles[Int(c - cjkBase)] : []
  }

  private static func table(_ pairs: [(String, Int)]) -> [UInt32: Int] {
    var result: [UInt32: Int] = [:]
    for (character, value) in pairs {
      if let scalar = character.unicodeScalars.first { result[scalar.value] = value }
    }
    return result
  }
}
