/// Finds a document's own dateline: the first full date (year, month and day) in the text,
/// written `2023-08-25`, `2023/8/25`, `2023年08月31日` (digits ASCII or full width).
enum Dateline {
  static func find(in text: ScalarText) -> CalendarDay? {
    var index = 0
    while index < text.count {
      guard CharacterClass.arabicDigit(text[index]) != nil, CharacterClass.arabicDigit(text[index - 1]) == nil
      else {
        index += 1
        continue
      }
      if let day = fullDate(in: text, at: index) { return day }
      index += 1
    }
    return nil
  }

  private static let yearMarks: Set<UInt32> = ["年", "-", "/", ".", "－", "／", "．"].reduce(into: []) {
    $0.insert($1.unicodeScalars.first!.value)
  }
  private static let monthMarks = yearMarks.union(["月".unicodeScalars.first!.value])

  private static func fullDate(in text: ScalarText, at start: Int) -> CalendarDay? {
    guard let (year, afterYear) = digits(in: text, at: start, count: 4...4), (1900...2100).contains(year),
      yearMarks.contains(text[afterYear]),
      let (month, afterMonth) = digits(in: text, at: afterYear + 1, count: 1...2),
      monthMarks.contains(text[afterMonth]),
      let (day, afterDay) = digits(in: text, at: afterMonth + 1, count: 1...2),
      CharacterClass.arabicDigit(text[afterDay]) == nil,
      (1...12).contains(month), (1...CalendarDay.days(inMonth: month, year: year)).contains(day)
    else { return nil }
    return CalendarDay(year: year, month: month, day: day)
  }

  private static func digits(in text: ScalarText, at start: Int, count: ClosedRange<Int>) -> (Int, Int)? {
    var value = 0
    var index = start
    while let digit = CharacterClass.arabicDigit(text[index]), index - start < count.upperBound {
      value = value * 10 + Int(digit)
      index += 1
    }
    return count.contains(index - start) ? (value, index) : nil
  }
}
