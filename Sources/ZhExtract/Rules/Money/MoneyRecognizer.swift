import Foundation

/// Finds monetary amounts: a number with a currency after it (`170亿元`) or before it
/// (`￥300`), ranges (`5至10亿元`), sub-units (`3元5角`), bare scales (`亿元`), and amounts whose
/// currency a money word implies (`引资50亿`). Tables: `CurrencyTable`, `MoneyWords`.
struct MoneyRecognizer: Recognizer {
  let kinds: Set<EntityKind> = [.money]

  /// A currency after the number; nil code for names shared by several currencies.
  private let suffixes = WordList<String?>(
    CurrencyTable.suffixes.map { ($0.name, $0.code) } + CurrencyTable.uncodedSuffixes.map { ($0, nil) })
  private let prefixes = WordList<String?>(CurrencyTable.prefixes.map { ($0.name, $0.code) })
  private let subunits = CurrencyTable.subunits.mapValues { units in WordList<Int>(units.map { ($0.name, $0.exponent) }) }
  private let measureBeforeCurrency = "个".unicodeScalars.first!.value
  let boundsBefore = WordList<MoneyValue.Bound>(MoneyWords.boundsBefore.map { ($0.word, $0.bound) })
  let boundsAfter = WordList<MoneyValue.Bound>(MoneyWords.boundsAfter.map { ($0.word, $0.bound) })
  private let triggers = WordList(MoneyWords.impliedCurrencyTriggers)
  private let connectors = WordList(MoneyWords.rangeConnectors)
  private let inclusiveMarks = WordList(MoneyWords.inclusiveMarks)
  private let yuan = ScalarSet(characters: "元圆")
  private let joiner = MoneyWords.subunitJoiner.scalarValues
  private let money = "钱".unicodeScalars.first!.value
  private let roughly = MoneyWords.roughlyBeforeScale.scalarValues
  private let wholeMark = MoneyWords.wholeAmountMark.scalarValues
  /// Digits, numerals, scales, 数/几, and the first characters of currency prefixes.
  private let starts: ScalarSet = {
    var set = NumeralCharacters.numberStarts
    for name in CurrencyTable.prefixes.map(\.name) { set.insert(name.unicodeScalars.first!.value) }
    return set
  }()
  /// Han characters that can follow the first character of an amount. A numeral followed by
  /// any other Han character (`一些`, `统一`, `十分`) starts no amount, and is skipped unparsed.
  private let continuations: ScalarSet = {
    var set = NumeralCharacters.numberStarts
    let words = CurrencyTable.suffixes.map(\.name) + CurrencyTable.uncodedSuffixes + MoneyWords.rangeConnectors
      + MoneyWords.boundsAfter.map(\.word) + MoneyWords.inclusiveMarks + ["个", "多", "余", "来", "点", "點", "分"]
    for word in words { set.insert(word.unicodeScalars.first!.value) }
    return set
  }()

  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate]) {
    var index = 0
    while index < text.count {
      let c = text[index]
      if !starts.contains(c) {
        index += 1
        continue
      }
      if !prefixes.mayStart(with: c) {
        // Digits, then a Han character that no amount goes on with (`1998年`, `3名`): skipped unparsed.
        var next = index + 1
        if CharacterClass.arabicDigit(c) != nil { while CharacterClass.arabicDigit(text[next]) != nil { next += 1 } }
        if CharacterClass.isHan(text[next]), !continuations.contains(text[next]) {
          index = next
          continue
        }
      }
      if let found = prefixed(in: text, at: index) {
        candidates.append(found)
        index = found.end
        continue
      }
      guard let number = NumberParser.parse(text, at: index) else {
        index += 1
        continue
      }
      if let found = numbered(number, in: text) {
        candidates.append(found)
        index = found.end
      } else {
        index = max(number.range.upperBound, index + 1)
      }
    }
  }

  // MARK: Prefix currency: ￥300, US$20, 人民币 8千元

  func prefixed(in text: ScalarText, at start: Int) -> Candidate? {
    guard let prefix = prefixes.match(in: text, at: start) else { return nil }
    // A currency word glued to a letter is part of a longer token (RMB in RMBS, USD in USDT).
    if CharacterClass.isLatinLetter(text[start]), CharacterClass.isLatinLetter(text[start - 1]) { return nil }
    var numberStart = start + prefix.length
    while CharacterClass.isSpace(text[numberStart]) && numberStart - start - prefix.length < 2 { numberStart += 1 }
    guard let number = NumberParser.parse(text, at: numberStart), !number.isDigitString || number.isArabic
    else { return nil }
    var end = number.range.upperBound
    var code = prefix.payload
    var amount = number.value
    var hasSuffix = false
    var suffixStart = end
    while CharacterClass.isSpace(text[suffixStart]) && suffixStart - end < 2 { suffixStart += 1 }
    if let suffix = suffixes.match(in: text, at: suffixStart), isCurrency(in: text, suffixEnd: suffixStart + suffix.length) {
      if code == nil || suffix.payload == prefix.payload || yuan.contains(text[suffixStart]) {
        code = code ?? suffix.payload
        end = suffixStart + suffix.length
        hasSuffix = true
        (amount, end) = addingSubunits(to: amount, code: code, in: text, at: end)
      }
    }
    // A word prefix is outside the span when a suffix names the currency too (人民币四百万元 →
    // 四百万元), unless a space sets it apart as a label (`人民币 8千元`).
    let symbolic = !CharacterClass.isHan(text[start])
    let spanStart = symbolic || !hasSuffix || numberStart > start + prefix.length ? start : numberStart
    let value = moneyValue(number, amount: amount, code: code, in: text, start: spanStart, end: end)
    return Candidate(start: spanStart, end: end, kind: .money, value: .money(value), rule: "money.prefix-currency")
  }

  // MARK: Number first: 170亿元, 5至10亿元, 引资50亿

  func numbered(in text: ScalarText, at start: Int) -> Candidate? {
    NumberParser.parse(text, at: start).flatMap { numbered($0, in: text) }
  }

  /// The amount the number read at its start begins, if any.
  private func numbered(_ number: ChineseNumber, in text: ScalarText) -> Candidate? {
    let start = number.range.lowerBound
    // Inside a longer run of letters or digits (model names, codes) a number is not an amount.
    if CharacterClass.isLatinLetter(text[start - 1]) { return nil }
    if let currency = currencyAfter(number, in: text) {
      if let range = range(from: number, lowCurrency: currency, in: text) { return range }
      var (amount, end) = (number.value, currency.end)
      (amount, end) = addingSubunits(to: amount, code: currency.code, in: text, at: end)
      if text.matches(wholeMark, at: end), !CharacterClass.isHan(text[end + 1]) { end += wholeMark.count }
      var value = moneyValue(number, amount: amount, code: currency.code, in: text, start: start, end: end)
      var spanStart = start
      if text.matches(roughly, endingAt: start), NumeralCharacters.digit(text[start]) == nil, !number.isArabic {
        spanStart -= roughly.count  // 上千元: about a thousand
        value = MoneyValue(amount: value.amount, currency: value.currency, bound: .approx)
      }
      return Candidate(start: spanStart, end: end, kind: .money, value: .money(value), rule: "money.suffix-currency")
    }
    if let range = range(from: number, lowCurrency: nil, in: text) { return range }
    return implied(number, in: text)
  }

  private struct FoundCurrency {
    var code: String?
    var end: Int
  }

  /// The currency right after a number (one space allowed).
  private func currencyAfter(_ number: ChineseNumber, in text: ScalarText) -> FoundCurrency? {
    var offset = number.range.upperBound
    if CharacterClass.isSpace(text[offset]) && number.isArabic { offset += 1 }
    if text[offset] == measureBeforeCurrency, let counted = suffixes.match(in: text, at: offset + 1),
      counted.length > 1, !yuan.contains(text[offset + 1])
    {
      offset += 1  // 20个比特币
    }
    guard let suffix = suffixes.match(in: text, at: offset) else { return nil }
    let end = offset + suffix.length
    guard isCurrency(in: text, suffixEnd: end) else { return nil }
    // A bare Chinese digit string before 元 is a name, not an amount (二元论 handled above; 三元里).
    if number.isDigitString && !number.isArabic && number.range.count > 1 { return nil }
    return FoundCurrency(code: suffix.payload, end: end)
  }

  /// False when the 元 just read starts another word (`多元化`, `二元论`, `元旦`).
  private func isCurrency(in text: ScalarText, suffixEnd: Int) -> Bool {
    guard yuan.contains(text[suffixEnd - 1]) else { return true }
    return !MoneyWords.notCurrencyAfterYuan.contains(text[suffixEnd])
  }

  /// 3元5角, 五元三毛, 50元6角三分, 两美元又三美分: smaller units after a whole amount.
  private func addingSubunits(to amount: Decimal, code: String?, in text: ScalarText, at end: Int) -> (Decimal, Int) {
    guard let code, let units = subunits[code] else { return (amount, end) }
    var amount = amount
    var offset = end
    if text.matches(joiner, at: offset) { offset += joiner.count }
    var consumed = end
    var lastExponent = 0
    while let number = NumberParser.parse(text, at: offset), number.approximation == .exact,
      let unit = units.match(in: text, at: number.range.upperBound), unit.payload > lastExponent,
      number.value < NumberParser.power10(unit.payload - lastExponent)
    {
      amount += number.value / NumberParser.power10(unit.payload)
      lastExponent = unit.payload
      offset = number.range.upperBound + unit.length
      consumed = offset
    }
    if consumed > end, text[consumed] == money { consumed += 1 }  // 六角七分钱
    return (amount, consumed)
  }

  // MARK: Ranges

  /// `5至10亿元`, `5亿—10亿元`, `1万(含)-5万元`, `两到三万港元`: one entity. When both ends carry
  /// their own currency (`14元—17元`) they stay two amounts.
  private func range(from low: ChineseNumber, lowCurrency: FoundCurrency?, in text: ScalarText) -> Candidate? {
    guard lowCurrency == nil, low.approximation == .exact else { return nil }
    var offset = low.range.upperBound
    if CharacterClass.isSpace(text[offset]) { offset += 1 }
    if let mark = inclusiveMarks.match(in: text, at: offset) { offset += mark.length }
    guard let connector = connectors.match(in: text, at: offset) else { return nil }
    offset += connector.length
    if CharacterClass.isSpace(text[offset]) { offset += 1 }
    guard let high = NumberParser.parse(text, at: offset), high.approximation == .exact else { return nil }
    let currency: FoundCurrency
    if let written = currencyAfter(high, in: text) {
      currency = written
    } else if high.scaleSuffix != nil, !MoneyWords.measureStarts.contains(text[high.range.upperBound]),
      hasMoneyWord(before: low.range.lowerBound, in: text)
    {
      currency = FoundCurrency(code: "CNY", end: high.range.upperBound)  // 薪酬10k~15k
    } else {
      return nil
    }
    var lowValue = low.value
    if !low.hasUnits || (low.scaleSuffix == nil && high.scaleSuffix != nil) {
      if let scale = high.scaleSuffix ?? (low.hasUnits ? nil : high.topSmallUnit), lowValue * scale <= high.value {
        lowValue *= scale  // 5至10亿 → 5亿; 两~3百 → 200; 8500到3万 stays 8500
      }
    }
    guard lowValue <= high.value else { return nil }
    let value = MoneyValue(amount: nil, low: lowValue, high: high.value, currency: currency.code, bound: .exact)
    return Candidate(start: low.range.lowerBound, end: currency.end, kind: .money, value: .money(value), rule: "money.range")
  }

  // MARK: Implied currency

  /// A number with a 万/亿 (or k/w) scale and no currency, after a money word in the same clause.
  private func implied(_ number: ChineseNumber, in text: ScalarText) -> Candidate? {
    guard number.hasUnits, number.scaleSuffix != nil || number.isArabic,
      !MoneyWords.measureStarts.contains(text[number.range.upperBound]), hasMoneyWord(before: number.range.lowerBound, in: text)
    else { return nil }
    guard number.scaleSuffix != nil || NumeralCharacters.latinScales[text[number.range.upperBound - 1]] != nil else { return nil }
    let value = moneyValue(
      number, amount: number.value, code: "CNY", in: text, start: number.range.lowerBound, end: number.range.upperBound,
      implied: true)
    return Candidate(
      start: number.range.lowerBound, end: number.range.upperBound, kind: .money, value: .money(value), rule: "money.implied")
  }

  private func hasMoneyWord(before start: Int, in text: ScalarText) -> Bool {
    var offset = start
    while offset > 0 && start - offset < MoneyWords.impliedLookBack {
      if MoneyWords.clauseEnds.contains(text[offset - 1]) { return false }
      if triggers.match(in: text, endingAt: offset) != nil { return true }
      offset -= 1
    }
    return false
  }

  // MARK: Values

  private func moneyValue(
    _ number: ChineseNumber, amount: Decimal, code: String?, in text: ScalarText, start: Int, end: Int,
    implied: Bool = false
  ) -> MoneyValue {
    let scale = amount == number.value || number.value == 0 ? 1 : amount / number.value
    switch number.approximation {
    case .several:
      return MoneyValue(
        amount: nil, low: number.low.map { $0 * scale }, high: number.high.map { $0 * scale }, currency: code,
        bound: .unknown, implied: implied)
    case .pair:
      return MoneyValue(
        amount: nil, low: number.low, high: number.high, currency: code, bound: .approx, implied: implied)
    case .more:
      return MoneyValue(
        amount: amount, low: amount, high: number.high, currency: code, bound: .atLeast, implied: implied)
    case .exact:
      return MoneyValue(amount: amount, currency: code, bound: bound(in: text, start: start, end: end), implied: implied)
    }
  }

  /// The bound the words just outside the span give: 约 近 超 逾 … before, 以上 左右 以下 after.
  private func bound(in text: ScalarText, start: Int, end: Int) -> MoneyValue.Bound {
    if let after = boundsAfter.match(in: text, at: end) { return after.payload }
    if let before = boundsBefore.match(in: text, endingAt: start) { return before.payload }
    return .exact
  }
}
