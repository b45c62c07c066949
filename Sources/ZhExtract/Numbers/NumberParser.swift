import Foundation

/// Reads one number starting at an offset of a `ScalarText`. See `ChineseNumber` for the forms.
///
/// The grammar: digits build a pending number; a small unit (十 百 千) multiplies it into the
/// current section; a big unit (万 亿 万亿 兆) multiplies the section, and the whole result when
/// it is larger than the last big unit (`三万五千亿` = 3.5万亿), or adds to it when smaller
/// (`一亿二千万`). Approximation words fork a second accumulator for the high end.
enum NumberParser {
  private struct Accumulator {
    var result: Decimal = 0
    var section: Decimal = 0
    var pending: Decimal?

    var total: Decimal { result + section + (pending ?? 0) }
  }

  static func parse(_ text: ScalarText, at start: Int) -> ChineseNumber? {
    var low = Accumulator()
    var high: Accumulator?
    var approximation = ChineseNumber.Approximation.exact
    var index = start
    var hasUnits = false
    var isArabic = false
    var isDigitString = false
    var integerDigits = 0
    var pendingIsChineseDigit = false
    var pendingTrailingZeros = 0
    var lastUnit: Decimal = 0
    var lastUnitWasBig = false
    var lastUnitHadMultiplier = false
    var lastBigExponent = 0
    var scaleSuffixExponent = 0
    var topSmallUnit: Decimal?
    var sawZeroGap = false
    var consumedUpTo = start

    func update(_ body: (inout Accumulator) -> Void) {
      body(&low)
      if high != nil { body(&high!) }
    }

    scan: while index < text.count {
      let c = text[index]
      if CharacterClass.arabicDigit(c) != nil {
        guard low.pending == nil else { break }
        guard let arabic = readArabic(text, at: index) else { break }
        if index == start { isArabic = true; integerDigits = arabic.integerDigits }
        update { $0.pending = arabic.value }
        pendingIsChineseDigit = false
        pendingTrailingZeros = arabic.trailingZeros
        index = arabic.end
        consumedUpTo = index
        if let exponent = NumeralCharacters.latinScales[text[index]],
          !CharacterClass.isLatinLetter(text[index + 1])
        {
          update { $0.pending = ($0.pending ?? 0) * power10(exponent) }
          pendingTrailingZeros += exponent
          scaleSuffixExponent = exponent
          hasUnits = true
          index += 1
          consumedUpTo = index
        } else if CharacterClass.isSpace(text[index]),
          NumeralCharacters.bigUnit(text[index + 1]) != nil
            || NumeralCharacters.smallUnit(text[index + 1]) != nil
        {
          index += 1  // `1 万`: one space between the digits and their scale
        }
        continue
      }
      if let digit = NumeralCharacters.digit(c) {
        if consumedUpTo > start, !lastUnitHadMultiplier, lastUnitWasBig, low.result == lastUnit { break }  // 万一
        if digit == 0, low.pending == nil, hasUnits {
          sawZeroGap = true  // 一万零五
          index += 1
          consumedUpTo = index
          continue
        }
        if let previous = low.pending {
          guard pendingIsChineseDigit, !hasUnits else { break }
          let next = text[index + 1]
          let unitFollows =
            NumeralCharacters.smallUnit(next) != nil || NumeralCharacters.bigUnit(next) != nil
          let previousDigit = NSDecimalNumber(decimal: previous).intValue
          if !isDigitString, approximation == .exact, unitFollows, digit > previousDigit,
            digit - previousDigit <= 2
          {
            high = low
            high!.pending = Decimal(digit)
            approximation = .pair  // 三五百, 八九亿
          } else if !unitFollows {
            update { $0.pending = ($0.pending ?? 0) * 10 + Decimal(digit) }
            isDigitString = true  // 二〇二三
          } else {
            break scan
          }
          index += 1
          consumedUpTo = index
          continue
        }
        update { $0.pending = Decimal(digit) }
        pendingIsChineseDigit = true
        pendingTrailingZeros = 0
        index += 1
        consumedUpTo = index
        continue
      }
      if NumeralCharacters.points.contains(c), low.pending != nil || hasUnits,
        let fraction = readChineseFraction(text, at: index + 1)
      {
        // 三点五, 十点二三, 两千三点一 (= 2300.1: the colloquial digit is settled first)
        if pendingIsChineseDigit, !sawZeroGap, lastUnit >= 100, let digit = low.pending {
          low.pending = digit * lastUnit / 10
        }
        update { $0.pending = ($0.pending ?? 0) + fraction.value }
        pendingIsChineseDigit = false
        index = fraction.end
        consumedUpTo = index
        continue
      }
      if let tens = NumeralCharacters.tensValue(c) {
        guard low.pending == nil, !isDigitString else { break }
        update { $0.pending = Decimal(tens) }
        pendingIsChineseDigit = false
        hasUnits = true
        index += 1
        consumedUpTo = index
        continue
      }
      if let unitValue = NumeralCharacters.smallUnit(c) {
        guard !isDigitString else { break }
        let unit = Decimal(unitValue)
        lastUnitHadMultiplier = low.pending != nil
        update { $0.section += ($0.pending.flatMap { $0 == 0 ? nil : $0 } ?? 1) * unit; $0.pending = nil }
        hasUnits = true
        lastUnit = unit
        lastUnitWasBig = false
        topSmallUnit = max(topSmallUnit ?? 0, unit)
        pendingIsChineseDigit = false
        index += 1
        consumedUpTo = index
        continue
      }
      if var exponent = NumeralCharacters.bigUnit(c) {
        guard !isDigitString || low.pending != nil else { break }
        if exponent == 4, let next = NumeralCharacters.bigUnit(text[index + 1]), next >= 4 {
          exponent = next + 4  // 万亿 = 10^12, 万万 = 亿
          index += 1
        }
        let scale = power10(exponent)
        lastUnitHadMultiplier = low.pending != nil || low.section != 0
        let growsWholeNumber = exponent > lastBigExponent
        update { accumulator in
          var section = accumulator.section + (accumulator.pending ?? 0)
          if section == 0 && accumulator.result == 0 { section = 1 }  // a bare 万 or 亿
          if growsWholeNumber {
            accumulator.result = (accumulator.result + section) * scale
          } else {
            accumulator.result += section * scale
          }
          accumulator.section = 0
          accumulator.pending = nil
        }
        scaleSuffixExponent = lastUnitWasBig && growsWholeNumber ? scaleSuffixExponent + exponent : exponent
        lastBigExponent = max(lastBigExponent, exponent)
        lastUnit = scale
        lastUnitWasBig = true
        hasUnits = true
        isDigitString = false
        pendingIsChineseDigit = false
        index += 1
        consumedUpTo = index
        continue
      }
      if c == NumeralCharacters.measureWordBeforeScale, low.pending != nil,
        NumeralCharacters.bigUnit(text[index + 1]) != nil
      {
        index += 1  // 两个亿
        continue
      }
      if NumeralCharacters.more.contains(c), approximation == .exact, low.pending != nil || hasUnits {
        // 3000多 → below 4000; 三百多 → below 400; 两万多 → below 3万.
        high = low
        if high!.pending != nil {
          high!.pending! += power10(pendingTrailingZeros)
        } else if lastUnitWasBig {
          high!.result += lastUnit
        } else {
          high!.section += lastUnit
        }
        approximation = .more
        index += 1
        consumedUpTo = index
        continue
      }
      if NumeralCharacters.isSeveral(c), approximation == .exact, low.pending == nil {
        let next = text[index + 1]
        let unitFollows =
          NumeralCharacters.smallUnit(next) != nil || NumeralCharacters.bigUnit(next) != nil
        let afterTen = !lastUnitWasBig && lastUnit == 10
        guard unitFollows || afterTen else { break }
        high = low
        low.pending = hasUnits ? 0 : 1
        high!.pending = 10
        approximation = .several
        pendingIsChineseDigit = false
        index += 1
        consumedUpTo = index
        continue
      }
      break
    }

    guard consumedUpTo > start else { return nil }
    // 两万五 = 25000, 三百五 = 350: one digit right after a unit of a hundred or more.
    if pendingIsChineseDigit, !sawZeroGap, lastUnit >= 100, lastUnitHadMultiplier || lastUnit < 10000,
      approximation == .exact, let digit = low.pending
    {
      low.pending = digit * lastUnit / 10
    }
    let value = low.total
    let highValue = high?.total
    return ChineseNumber(
      value: value,
      low: highValue == nil ? nil : value,
      high: highValue,
      approximation: approximation,
      range: start..<consumedUpTo,
      scaleSuffix: scaleSuffixExponent > 0 ? power10(scaleSuffixExponent) : nil,
      topSmallUnit: topSmallUnit,
      hasUnits: hasUnits,
      isArabic: isArabic,
      isDigitString: isDigitString || (isArabic && !hasUnits),
      integerDigits: integerDigits)
  }

  // MARK: Arabic digits

  struct ArabicNumber {
    var value: Decimal
    var end: Int
    var integerDigits: Int
    var trailingZeros: Int
  }

  /// Digits with optional thousands separators (each followed by exactly three digits) and an
  /// optional decimal point followed by digits.
  static func readArabic(_ text: ScalarText, at start: Int) -> ArabicNumber? {
    var significand: UInt64 = 0
    var overflowDigits: [UInt32] = []  // beyond 18 digits, kept for an exact Decimal
    var integerDigits = 0
    var trailingZeros = 0
    var index = start
    while true {
      let c = text[index]
      if let digit = CharacterClass.arabicDigit(c) {
        if integerDigits < 18 { significand = significand * 10 + UInt64(digit) } else { overflowDigits.append(digit) }
        integerDigits += 1
        trailingZeros = digit == 0 ? trailingZeros + 1 : 0
        index += 1
      } else if NumeralCharacters.thousandsSeparators.contains(c), integerDigits > 0,
        isDigitGroup(text, at: index + 1), c == 0x2C || continuesNumber(text, at: index + 4)
      {
        index += 1
      } else {
        break
      }
    }
    guard integerDigits > 0 else { return nil }
    var value = Decimal(significand)
    for digit in overflowDigits { value = value * 10 + Decimal(digit) }
    if NumeralCharacters.arabicDecimalPoints.contains(text[index]),
      CharacterClass.arabicDigit(text[index + 1]) != nil
    {
      index += 1
      var fraction: UInt64 = 0
      var fractionDigits = 0
      while let digit = CharacterClass.arabicDigit(text[index]) {
        if fractionDigits < 18 {
          fraction = fraction * 10 + UInt64(digit)
          fractionDigits += 1
        }
        index += 1
      }
      value += Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(fraction))
      trailingZeros = 0
    }
    return ArabicNumber(value: value, end: index, integerDigits: integerDigits, trailingZeros: trailingZeros)
  }

  /// Exactly three digits, then something that is not a digit.
  private static func isDigitGroup(_ text: ScalarText, at index: Int) -> Bool {
    CharacterClass.arabicDigit(text[index]) != nil && CharacterClass.arabicDigit(text[index + 1]) != nil
      && CharacterClass.arabicDigit(text[index + 2]) != nil
      && CharacterClass.arabicDigit(text[index + 3]) == nil
  }

  /// The full-width comma doubles as the clause comma (`$20，300美圆`): it separates
  /// thousands only when the number goes on after the group (`82，225.00`, `233,333，333,434`).
  private static func continuesNumber(_ text: ScalarText, at index: Int) -> Bool {
    let c = text[index]
    return (NumeralCharacters.arabicDecimalPoints.contains(c) || NumeralCharacters.thousandsSeparators.contains(c))
      && CharacterClass.arabicDigit(text[index + 1]) != nil
  }

  /// Chinese digits after 点: 三点五 → .5.
  private static func readChineseFraction(_ text: ScalarText, at start: Int) -> (value: Decimal, end: Int)? {
    var value: Decimal = 0
    var scale: Decimal = 1
    var index = start
    while let digit = NumeralCharacters.digit(text[index]) {
      scale /= 10
      value += Decimal(digit) * scale
      index += 1
    }
    return index > start ? (value, index) : nil
  }

  private static let powers: [Decimal] = (0...16).map { exponent in
    var value: Decimal = 1
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  static func power10(_ exponent: Int) -> Decimal {
    exponent < powers.count ? powers[exponent] : (0..<exponent).reduce(Decimal(1)) { value, _ in value * 10 }
  }
}
