import Foundation

/// Finds percentages: `45%`, `４５％`, `百分之七十五`, `0.4个百分点`, `九成`, `八五折`.
/// Vocabulary: `PercentWords`.
struct PercentRecognizer: Recognizer {
  let kinds: Set<EntityKind> = [.percent]

  private let suffixes = WordList<(factor: Decimal, points: Bool, tenths: Bool)>(
    PercentWords.suffixes.map { ($0.word, (Decimal(string: $0.factor) ?? 1, $0.points, PercentWords.tenthsWords.contains($0.word))) })
  private let discount = "折".unicodeScalars.first!.value
  /// Digits and numeral characters, as one bitmap.
  private let numberStarts = NumeralCharacters.numberStarts
  private let prefixes = WordList<Decimal>(PercentWords.prefixes.map { ($0.word, Decimal(string: $0.factor) ?? 1) })

  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate]) {
    var index = 0
    while index < text.count {
      let c = text[index]
      if prefixes.mayStart(with: c), let prefix = prefixes.match(in: text, at: index), let number = NumberParser.parse(text, at: index + prefix.length),
        number.approximation == .exact
      {
        let value = PercentValue(value: (number.value * prefix.payload).description, points: false)
        candidates.append(
          Candidate(start: index, end: number.range.upperBound, kind: .percent, value: .percent(value), rule: "percent.fraction-word"))
        index = number.range.upperBound
        continue
      }
      guard numberStarts.contains(c),
        CharacterClass.arabicDigit(text[index - 1]) == nil, let number = NumberParser.parse(text, at: index)
      else {
        index += 1
        continue
      }
      let end = number.range.upperBound
      if number.approximation == .exact, let suffix = suffixes.match(in: text, at: end), accepts(suffix.payload.tenths, number, in: text, end: end + suffix.length) {
        var amount = number.value * suffix.payload.factor
        if text[end] == discount, number.value >= 10 { amount = number.value }  // 八五折, 75折
        let value = PercentValue(value: amount.description, points: suffix.payload.points)
        candidates.append(
          Candidate(start: index, end: end + suffix.length, kind: .percent, value: .percent(value), rule: "percent.sign"))
      }
      index = max(end, index + 1)
    }
  }

  /// 成 and 折 are tenths only after a number up to 10 (or a two-digit discount: 75折) and not
  /// when they start another word (`一成不变`, `十成功`).
  private func accepts(_ tenths: Bool, _ number: ChineseNumber, in text: ScalarText, end: Int) -> Bool {
    guard tenths else { return true }
    let limit: Decimal = text[end - 1] == discount ? 99 : 10  // 75折, but 三五成群 is no percentage
    guard number.value > 0, number.value <= limit, !number.hasUnits || number.value <= 10 else { return false }
    return !PercentWords.notTenthsAfter.contains(text[end])
  }
}
