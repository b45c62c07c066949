public import Foundation

/// A number as written in Chinese text: Arabic (`1,200`, `４．８４`), Chinese (`三千二百`,
/// `两万五`), financial (`壹万贰仟`), mixed (`3.2万亿`, `三百多万`), with its approximation.
public struct ChineseNumber: Sendable, Hashable {
  /// How exact the written number is.
  public enum Approximation: String, Sendable, Hashable {
    /// `3200亿`, `两万五`.
    case exact
    /// `三百多万`, `3000余`: at least `value`, below `high`.
    case more
    /// `数亿`, `几十万`, `十几`: an unknown amount between `low` and `high`.
    case several
    /// `三五百`, `八九亿`: between two adjacent digits' values.
    case pair
  }

  /// The value, exact; for approximations, the low end.
  public let value: Decimal
  /// The ends of the range an approximation allows; nil when exact.
  public let low: Decimal?
  public let high: Decimal?
  public let approximation: Approximation
  /// Scalar offsets of the number in the text it was read from.
  let range: Range<Int>
  /// The scale written after the leading number (`亿` in `10亿`, `万亿` in `3.2万亿`): a range's
  /// bare low end takes it (`5至10亿` → 5亿).
  let scaleSuffix: Decimal?
  /// The largest of 十 百 千 written, for `两~3百` → 200.
  let topSmallUnit: Decimal?
  /// True when any unit or scale was written (十 百 千 万 亿 k w).
  let hasUnits: Bool
  /// True when the number began with an Arabic digit.
  let isArabic: Bool
  /// True for a string of digits with no units (`二〇二三`, `2023`).
  let isDigitString: Bool
  /// Number of Arabic digits before any decimal point, for years and days.
  let integerDigits: Int

  /// Parses the whole string as one number; nil when it is not exactly one number.
  ///
  /// Whole strings may carry what running text may not: a sign (`负`, `-`), spaces between
  /// numeral words (`二十 億`), a full-width thousands comma (`４，５６５`), a bare decimal point (`.5`).
  public static func parse(_ string: String) -> ChineseNumber? {
    var scalars = string.unicodeScalars.map(\.value).filter { !CharacterClass.isSpace($0) }
    var negative = false
    if let first = scalars.first, Self.minusSigns.contains(first) {
      negative = true
      scalars.removeFirst()
    }
    if let first = scalars.first, NumeralCharacters.arabicDecimalPoints.contains(first) { scalars.insert(0x30, at: 0) }
    scalars = scalars.map { $0 == 0xFF0C ? 0x2C : $0 }
    let text = ScalarText(scalars: scalars)
    guard let number = NumberParser.parse(text, at: 0), number.range.upperBound == text.count else {
      return nil
    }
    return negative ? number.negated() : number
  }

  private static let minusSigns: Set<UInt32> = Set("负負-－".unicodeScalars.map(\.value))

  private func negated() -> ChineseNumber {
    ChineseNumber(
      value: -value, low: high.map { -$0 }, high: low.map { -$0 }, approximation: approximation, range: range,
      scaleSuffix: scaleSuffix, topSmallUnit: topSmallUnit, hasUnits: hasUnits, isArabic: isArabic,
      isDigitString: isDigitString, integerDigits: integerDigits)
  }
}
