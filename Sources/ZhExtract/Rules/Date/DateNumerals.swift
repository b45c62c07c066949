/// Small numbers as dates write them: Arabic digits (ASCII or full width), digit-by-digit
/// Chinese years (`二〇二三`), and Chinese numbers up to 99 (`二十八`, `廿三`, `初十`).
/// All readers work on scalar offsets and allocate nothing.
enum DateNumerals {
  private static let ten: UInt32 = 0x5341  // 十
  private static let two: UInt32 = 0x4E24  // 两
  private static let one: UInt32 = 0x5E7A  // 幺
  private static let circle: UInt32 = 0x25CB  // ○, written for 〇 in older text

  /// Arabic digits at `start` (at most `maxDigits`): value, end and digit count.
  @inline(__always)
  static func arabic(_ text: ScalarText, at start: Int, maxDigits: Int = 4) -> (value: Int, end: Int, digits: Int)? {
    var value = 0
    var index = start
    while let digit = CharacterClass.arabicDigit(text[index]) {
      if index - start == maxDigits { return nil }  // a longer number: not a date part
      value = value * 10 + Int(digit)
      index += 1
    }
    return index > start ? (value, index, index - start) : nil
  }

  /// A Chinese digit without 两 or 幺 (those count, they do not name dates).
  @inline(__always) static func digit(_ c: UInt32) -> Int? {
    if c == circle { return 0 }
    return c == two || c == one ? nil : NumeralCharacters.digit(c)
  }

  /// Chinese digits read one by one (`一九九八`): value, end and digit count.
  static func chineseDigits(_ text: ScalarText, at start: Int) -> (value: Int, end: Int, digits: Int)? {
    var value = 0
    var index = start
    while let digit = digit(text[index]), index - start < 4 {
      value = value * 10 + digit
      index += 1
    }
    return index > start ? (value, index, index - start) : nil
  }

  /// A Chinese number from 0 to 99: `八`, `十`, `十二`, `二十`, `二十八`, `廿三`, `卅`.
  /// With `allowTwo`, 两 is a digit (`两年前`).
  static func chineseSmall(_ text: ScalarText, at start: Int, allowTwo: Bool = false) -> (value: Int, end: Int)? {
    var index = start
    var value: Int
    let c = text[index]
    if let d = allowTwo ? NumeralCharacters.digit(c) : digit(c) {
      index += 1
      if text[index] == ten {
        value = d * 10
        index += 1
        if let unit = digit(text[index]), unit > 0 {
          value += unit
          index += 1
        }
      } else {
        value = d
      }
    } else if c == ten {
      value = 10
      index += 1
      if let unit = digit(text[index]), unit > 0 {
        value += unit
        index += 1
      }
    } else if let tens = NumeralCharacters.tensValue(c) {
      value = tens
      index += 1
      if let unit = digit(text[index]), unit > 0 {
        value += unit
        index += 1
      }
    } else {
      return nil
    }
    return (value, index)
  }

  /// An Arabic or Chinese number up to 99.
  static func small(_ text: ScalarText, at start: Int, allowTwo: Bool = false) -> (value: Int, end: Int, arabic: Bool)? {
    if let number = arabic(text, at: start, maxDigits: 2) { return (number.value, number.end, true) }
    if let number = chineseSmall(text, at: start, allowTwo: allowTwo) { return (number.value, number.end, false) }
    return nil
  }

  /// True for any character of a number (Arabic digit or Chinese numeral).
  @inline(__always) static func isNumeral(_ c: UInt32) -> Bool {
    CharacterClass.arabicDigit(c) != nil || c == circle || !NumeralCharacters.roles(of: c).intersection([.digit, .tens, .smallUnit]).isEmpty
  }
}
