/// Turns a date span's pieces into its value: the TIMEX-like string of the contract, the
/// granularity, and the ISO 8601 interval it covers (start inclusive, end exclusive) when the
/// year is known. Partial and relative dates take the reference date; `同年`, `次年`, `当天`
/// take the last absolute year or day written before them (`DateMemory`).
enum DateResolver {
  /// One end of an interval: a day, and seconds into it when a time of day is known.
  private struct Moment {
    var day: CalendarDay
    var seconds: Int?

    var iso: String {
      guard let seconds else { return day.description }
      var text = day.description + "T" + String(format2: seconds / 3600) + ":" + String(format2: seconds / 60 % 60)
      if seconds % 60 != 0 { text += ":" + String(format2: seconds % 60) }
      return text
    }

    /// `seconds` may run past midnight; the day carries.
    init(day: CalendarDay, seconds: Int? = nil) {
      if let seconds, seconds >= 86400 || seconds < 0 {
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        self.day = CivilCalendar.adding(days, to: day)
        self.seconds = seconds - days * 86400
      } else {
        self.day = day
        self.seconds = seconds
      }
    }
  }

  private struct Resolved {
    var timex: String
    var granularity: DateValue.Granularity
    var start: Moment?
    var end: Moment?
  }

  static func resolve(_ expression: DateExpression, reference: CalendarDay?, memory: inout DateMemory) -> DateValue {
    let first = resolve(expression.first, reference: reference, memory: memory)
    guard let lastPoint = expression.last else {
      remember(expression.first, first, in: &memory)
      return DateValue(timex: first.timex, granularity: first.granularity, start: first.start?.iso, end: first.end?.iso)
    }
    let last = resolve(inherit(lastPoint, from: expression.first), reference: reference, memory: memory)
    remember(expression.first, first, in: &memory)
    var start = first.start?.iso
    var end = last.end?.iso
    if start == nil || end == nil {
      start = nil
      end = nil
    }
    return DateValue(timex: rangeTimex(first.timex, last.timex), granularity: .range, start: start, end: end)
  }

  /// A range's TIMEX: both ends at their own precision, the last one included. The contract's
  /// table writes `2023/2030`; the shared scorer (`score.py`) reads TIMEX ranges only in the
  /// Recognizers-Text form `(START,END)`, so ranges are written `(2023,2030)`,
  /// `(2023-02-06,2023-02-08)`. This is the one place to change the notation.
  static func rangeTimex(_ first: String, _ last: String) -> String { "(" + first + "," + last + ")" }

  /// The second point of a range takes the units it leaves out from the first (`2月6日至8日`).
  private static func inherit(_ last: DatePoint, from first: DatePoint) -> DatePoint {
    var point = last
    let hasDate = last.month != nil || last.day != nil || last.yearPeriod != nil || last.monthOffset != nil || last.festival != nil
    if point.year == nil, hasDate, last.dayOffset == nil {
      point.year = first.year
      if !last.lunar { point.lunar = first.lunar && last.month == nil }
    }
    if point.month == nil, point.monthOffset == nil, last.day != nil {
      point.month = first.month
      point.monthOffset = first.monthOffset
      point.monthAnaphoric = first.monthAnaphoric
      point.lunar = first.lunar
      if point.year == nil { point.year = first.year }
    }
    return point
  }

  private static func remember(_ point: DatePoint, _ resolved: Resolved, in memory: inout DateMemory) {
    switch point.year {
    case .absolute(let year)?: memory.lastYear = year
    case .twoDigit?:
      if let year = Int(resolved.timex.prefix(4)) { memory.lastYear = year }
    default: break
    }
    if let start = resolved.start, resolved.granularity.rawValue != "year", point.day != nil || point.dayOffset != nil {
      memory.lastDay = start.day
      memory.lastMonth = (start.day.year, start.day.month)
    } else if let start = resolved.start, point.month != nil {
      memory.lastMonth = (start.day.year, start.day.month)
    }
  }

  // MARK: One point

  private static func resolve(_ point: DatePoint, reference: CalendarDay?, memory: DateMemory) -> Resolved {
    if let ago = point.ago { return resolveAgo(ago, reference: reference) }
    if point.century != nil || point.centuryOffset != nil || point.decade != nil { return resolveEra(point, reference: reference) }

    var year: Int?
    switch point.year {
    case .absolute(let value)?: year = value
    case .twoDigit(let value)?: year = expandTwoDigit(value, reference: reference)
    case .relative(let offset)?: year = reference.map { $0.year + offset }
    case .anaphoric(let offset)?: year = (memory.lastYear ?? reference?.year).map { $0 + offset }
    case nil: break
    }
    let yearWritten = point.year != nil

    // Days given by a word: relative, anaphoric, festivals, weeks.
    if let offset = point.dayOffset {
      let base = point.dayAnaphoric ? memory.lastDay ?? reference : reference
      guard let base else { return withTime(point, unknownDay: "XXXX-XX-XX") }
      return withTime(point, day: CivilCalendar.adding(offset, to: base))
    }
    if let festival = point.festival {
      if year == nil, !yearWritten { year = reference?.year }
      return resolveFestival(festival, year: year, point: point)
    }
    if point.weekOffset != nil || point.weekday != nil { return resolveWeek(point, reference: reference) }

    if let offset = point.quarterOffset {
      guard let reference else { return Resolved(timex: "XXXX-QX", granularity: .quarter) }
      let quarter = CivilCalendar.month(reference.year, (reference.month - 1) / 3 * 3 + 1, plus: 3 * offset)
      let period = [YearPeriod.q1, .q2, .q3, .q4][(quarter.month - 1) / 3]
      var resolved = Resolved(timex: String(format4: quarter.year) + "-" + period.rawValue, granularity: .quarter)
      (resolved.start, resolved.end) = interval(of: period, year: quarter.year)
      return resolved
    }

    // Calendar dates.
    var month = point.month
    if let offset = point.monthOffset {
      let base = point.monthAnaphoric ? memory.lastMonth ?? reference.map { ($0.year, $0.month) } : reference.map { ($0.year, $0.month) }
      if let base {
        let shifted = CivilCalendar.month(base.0, base.1, plus: offset)
        year = shifted.year
        month = shifted.month
      } else {
        year = nil
      }
    }
    if year == nil, !yearWritten, point.monthOffset == nil { year = reference?.year }
    if month == nil, point.day != nil, point.monthOffset == nil, !yearWritten, let reference, year == reference.year {
      month = reference.month
    }
    let yearText = year.map { String(format4: $0) } ?? "XXXX"

    if point.lunar, let month {
      return resolveLunar(point, year: year, month: month)
    }
    if let period = point.yearPeriod {
      var resolved = Resolved(timex: yearText + "-" + period.rawValue, granularity: granularity(of: period))
      if let year { (resolved.start, resolved.end) = interval(of: period, year: year) }
      return resolved
    }
    guard let month else {
      if let day = point.day {
        let timex = yearText + "-XX-" + String(format2: day)
        return withTime(point, unknownDay: timex)
      }
      var resolved = Resolved(timex: yearText, granularity: .year)
      if let year {
        resolved.start = Moment(day: CalendarDay(year: year, month: 1, day: 1))
        resolved.end = Moment(day: CalendarDay(year: year + 1, month: 1, day: 1))
      }
      return resolved
    }
    let monthText = yearText + "-" + String(format2: month)
    if let period = point.monthPeriod {
      var resolved = Resolved(timex: monthText + "-" + period.rawValue, granularity: .tenDays)
      if let year {
        let length = CalendarDay.days(inMonth: month, year: year)
        let (first, last): (Int, Int) =
          switch period {
          case .d1: (1, 11)
          case .d2: (11, 21)
          case .d3: (21, length + 1)
          case .start: (1, 6)
          case .end: (25, length + 1)
          }
        resolved.start = Moment(day: CalendarDay(year: year, month: month, day: first))
        resolved.end = Moment(day: CivilCalendar.adding(last - first, to: CalendarDay(year: year, month: month, day: first)))
      }
      return resolved
    }
    guard let day = point.day else {
      var resolved = Resolved(timex: monthText, granularity: .month)
      if let year {
        let next = CivilCalendar.month(year, month, plus: 1)
        resolved.start = Moment(day: CalendarDay(year: year, month: month, day: 1))
        resolved.end = Moment(day: CalendarDay(year: next.year, month: next.month, day: 1))
      }
      return resolved
    }
    guard let year, day <= CalendarDay.days(inMonth: month, year: year) else {
      return withTime(point, unknownDay: monthText + "-" + String(format2: day))
    }
    return withTime(point, day: CalendarDay(year: year, month: month, day: day))
  }

  /// Two-digit years take the century that puts them nearest the reference (`98年` in 2021
  /// is 1998, `15年` is 2015); without a reference, 00–30 are 20xx.
  private static func expandTwoDigit(_ value: Int, reference: CalendarDay?) -> Int {
    guard let reference else { return value <= 30 ? 2000 + value : 1900 + value }
    let candidate = reference.year / 100 * 100 + value
    return [candidate - 100, candidate, candidate + 100].min { abs($0 - reference.year) < abs($1 - reference.year) }!
  }

  // MARK: Time of day

  /// A known day with the time of day written after it.
  private static func withTime(_ point: DatePoint, day: CalendarDay) -> Resolved {
    let dayText = day.description
    if let hour = point.hour {
      let seconds = hour * 3600 + (point.minute ?? 0) * 60 + (point.second ?? 0)
      let (text, unit, granularity) = clockText(point)
      return Resolved(
        timex: dayText + text, granularity: granularity, start: Moment(day: day, seconds: seconds),
        end: Moment(day: day, seconds: seconds + unit))
    }
    if let part = point.partOfDay {
      let (from, to) = hours(of: part)
      return Resolved(
        timex: dayText + "T" + part.rawValue, granularity: .partOfDay, start: Moment(day: day, seconds: from * 3600),
        end: Moment(day: day, seconds: to * 3600))
    }
    return Resolved(timex: dayText, granularity: .day, start: Moment(day: day), end: Moment(day: CivilCalendar.adding(1, to: day)))
  }

  /// A day whose year (or month) is unknown: the TIMEX alone.
  private static func withTime(_ point: DatePoint, unknownDay: String) -> Resolved {
    if point.hour != nil {
      let (text, _, granularity) = clockText(point)
      return Resolved(timex: unknownDay + text, granularity: granularity)
    }
    if let part = point.partOfDay { return Resolved(timex: unknownDay + "T" + part.rawValue, granularity: .partOfDay) }
    return Resolved(timex: unknownDay, granularity: .day)
  }

  private static func clockText(_ point: DatePoint) -> (String, Int, DateValue.Granularity) {
    var text = "T" + String(format2: point.hour ?? 0) + ":" + String(format2: point.minute ?? 0)
    if let second = point.second {
      text += ":" + String(format2: second)
      return (text, 1, .second)
    }
    return point.minute == nil ? (text, 3600, .hour) : (text, 60, .minute)
  }

  /// The hours a part of the day covers, end exclusive.
  private static func hours(of part: PartOfDay) -> (Int, Int) {
    switch part {
    case .morning: (6, 12)
    case .midday: (11, 13)
    case .afternoon: (12, 18)
    case .evening: (18, 24)
    case .night: (0, 6)
    case .daytime: (6, 18)
    }
  }

  // MARK: Periods

  private static func granularity(of period: YearPeriod) -> DateValue.Granularity {
    switch period {
    case .h1, .h2: .half
    case .q1, .q2, .q3, .q4: .quarter
    case .spring, .summer, .fall, .winter: .season
    case .start, .middle, .end: .month
    }
  }

  /// Year periods: halves and quarters exactly; seasons by months (spring March–May);
  /// 年初 January–February, 年中 June–July, 年末 November–December.
  private static func interval(of period: YearPeriod, year: Int) -> (Moment, Moment) {
    let (startMonth, months): (Int, Int) =
      switch period {
      case .h1: (1, 6)
      case .h2: (7, 6)
      case .q1: (1, 3)
      case .q2: (4, 3)
      case .q3: (7, 3)
      case .q4: (10, 3)
      case .spring: (3, 3)
      case .summer: (6, 3)
      case .fall: (9, 3)
      case .winter: (12, 3)
      case .start: (1, 2)
      case .middle: (6, 2)
      case .end: (11, 2)
      }
    let end = CivilCalendar.month(year, startMonth, plus: months)
    return (
      Moment(day: CalendarDay(year: year, month: startMonth, day: 1)), Moment(day: CalendarDay(year: end.year, month: end.month, day: 1))
    )
  }

  // MARK: Relative, era, week, festival, lunar

  private static func resolveAgo(_ ago: (amount: Int, unit: RelativeUnit), reference: CalendarDay?) -> Resolved {
    guard let reference else {
      let timex = ago.unit == .year ? "XXXX" : ago.unit == .month ? "XXXX-XX" : ago.unit == .week ? "XXXX-WXX" : "XXXX-XX-XX"
      return Resolved(timex: timex, granularity: granularity(of: ago.unit))
    }
    switch ago.unit {
    case .year:
      let year = reference.year + ago.amount
      return Resolved(
        timex: String(format4: year), granularity: .year, start: Moment(day: CalendarDay(year: year, month: 1, day: 1)),
        end: Moment(day: CalendarDay(year: year + 1, month: 1, day: 1)))
    case .month:
      let month = CivilCalendar.month(reference.year, reference.month, plus: ago.amount)
      let next = CivilCalendar.month(month.year, month.month, plus: 1)
      return Resolved(
        timex: String(format4: month.year) + "-" + String(format2: month.month), granularity: .month,
        start: Moment(day: CalendarDay(year: month.year, month: month.month, day: 1)),
        end: Moment(day: CalendarDay(year: next.year, month: next.month, day: 1)))
    case .week:
      return week(containing: CivilCalendar.adding(7 * ago.amount, to: reference))
    case .day:
      let day = CivilCalendar.adding(ago.amount, to: reference)
      return Resolved(timex: day.description, granularity: .day, start: Moment(day: day), end: Moment(day: CivilCalendar.adding(1, to: day)))
    }
  }

  private static func granularity(of unit: RelativeUnit) -> DateValue.Granularity {
    switch unit {
    case .year: .year
    case .month: .month
    case .week: .week
    case .day: .day
    }
  }

  private static func week(containing day: CalendarDay) -> Resolved {
    let (year, number) = CivilCalendar.isoWeek(of: day)
    let monday = CivilCalendar.monday(of: day)
    return Resolved(
      timex: String(format4: year) + "-W" + String(format2: number), granularity: .week, start: Moment(day: monday),
      end: Moment(day: CivilCalendar.adding(7, to: monday)))
  }

  /// `21世纪` → `20XX`, `90年代` → `199X`, `上世纪80年代` → `198X`.
  private static func resolveEra(_ point: DatePoint, reference: CalendarDay?) -> Resolved {
    var base: Int?  // the century's first year (2000 for 21世纪)
    if let century = point.century {
      base = (century - 1) * 100
    } else if let offset = point.centuryOffset {
      base = reference.map { ($0.year / 100 + offset) * 100 }
    }
    if let decade = point.decade {
      var first: Int?
      if decade >= 100 {
        first = decade
      } else if point.century != nil || point.centuryOffset != nil {
        first = base.map { $0 + decade }
      } else if let reference {
        let candidate = reference.year / 100 * 100 + decade
        first = candidate > reference.year ? candidate - 100 : candidate
      } else {
        first = decade <= 20 ? 2000 + decade : 1900 + decade
      }
      guard let first else { return Resolved(timex: "XXXX", granularity: .decade) }
      let (from, to) = part(of: point.yearPeriod, length: 10)
      return Resolved(
        timex: String(String(format4: first).prefix(3)) + "X", granularity: .decade,
        start: Moment(day: CalendarDay(year: first + from, month: 1, day: 1)),
        end: Moment(day: CalendarDay(year: first + to, month: 1, day: 1)))
    }
    guard let base else { return Resolved(timex: "XXXX", granularity: .century) }
    let (from, to) = part(of: point.yearPeriod, length: 100)
    return Resolved(
      timex: String(String(format4: base).prefix(2)) + "XX", granularity: .century,
      start: Moment(day: CalendarDay(year: base + from, month: 1, day: 1)), end: Moment(day: CalendarDay(year: base + to, month: 1, day: 1)))
  }

  /// The years of an era's part: a decade's first, middle or last three years (`90年代末` is
  /// 1997–1999), a century's first, middle or last twenty.
  private static func part(of period: YearPeriod?, length: Int) -> (Int, Int) {
    let span = length == 10 ? 3 : 20
    switch period {
    case .start?: return (0, span)
    case .middle?: return ((length - span) / 2, (length + span) / 2)
    case .end?: return (length - span, length)
    default: return (0, length)
    }
  }

  /// `下周` → `2023-W35`; `下周六` → that day; `周末` → `2023-W35-WE`; a weekday alone →
  /// `XXXX-WXX-6` (which week is not written).
  private static func resolveWeek(_ point: DatePoint, reference: CalendarDay?) -> Resolved {
    guard let offset = point.weekOffset, let reference else {
      let weekday = point.weekday.map { $0 == 8 ? "WE" : "\($0)" }
      let timex = weekday.map { "XXXX-WXX-" + $0 } ?? "XXXX-WXX"
      return Resolved(timex: timex, granularity: point.weekday == nil ? .week : .day)
    }
    let monday = CivilCalendar.adding(7 * offset, to: CivilCalendar.monday(of: reference))
    guard let weekday = point.weekday else { return week(containing: monday) }
    if weekday == 8 {
      let (year, number) = CivilCalendar.isoWeek(of: monday)
      return Resolved(
        timex: String(format4: year) + "-W" + String(format2: number) + "-WE", granularity: .day,
        start: Moment(day: CivilCalendar.adding(5, to: monday)), end: Moment(day: CivilCalendar.adding(7, to: monday)))
    }
    return withTime(point, day: CivilCalendar.adding(weekday - 1, to: monday))
  }

  private static func resolveFestival(_ festival: FestivalRule, year: Int?, point: DatePoint) -> Resolved {
    switch festival {
    case .solar(let month, let day):
      guard let year else { return withTime(point, unknownDay: "XXXX-" + String(format2: month) + "-" + String(format2: day)) }
      return withTime(point, day: CalendarDay(year: year, month: month, day: day))
    case .weekday(let month, let nth, let weekday):
      guard let year else { return Resolved(timex: "XXXX-" + String(format2: month), granularity: .day) }
      return withTime(point, day: CivilCalendar.nthWeekday(nth, weekday, year: year, month: month))
    case .lunar(let month, let day):
      guard let year, let gregorian = try? ICU.gregorian(lunarYearStartingIn: year, month: month, day: day) else {
        return withTime(point, unknownDay: "XXXX-L" + String(format2: month) + "-" + String(format2: day))
      }
      return withTime(point, day: gregorian)
    case .lunarEve:
      guard let year, let newYear = try? ICU.gregorian(lunarYearStartingIn: year + 1, month: 1, day: 1) else {
        return withTime(point, unknownDay: "XXXX-L12-XX")
      }
      return withTime(point, day: CivilCalendar.adding(-1, to: newYear))
    }
  }

  /// `农历正月十五` → the Gregorian day; a lunar month alone → `2023-L10` and its days;
  /// without a year → `XXXX-L01-15`.
  private static func resolveLunar(_ point: DatePoint, year: Int?, month: Int) -> Resolved {
    let lunarText = "-L" + String(format2: month)
    guard let year else {
      let timex = "XXXX" + lunarText + (point.day.map { "-" + String(format2: $0) } ?? "")
      return point.day == nil ? Resolved(timex: timex, granularity: .month) : withTime(point, unknownDay: timex)
    }
    if let day = point.day {
      guard let gregorian = try? ICU.gregorian(lunarYearStartingIn: year, month: month, leap: point.leapMonth, day: day) else {
        return withTime(point, unknownDay: String(format4: year) + lunarText + "-" + String(format2: day))
      }
      return withTime(point, day: gregorian)
    }
    var resolved = Resolved(timex: String(format4: year) + lunarText, granularity: .month)
    if let first = try? ICU.gregorian(lunarYearStartingIn: year, month: month, leap: point.leapMonth, day: 1) {
      resolved.start = Moment(day: first)
      // The next month starts 29 or 30 days later: the first new moon after day 29.
      if let day30 = try? ICU.gregorian(lunarYearStartingIn: year, month: month, leap: point.leapMonth, day: 30),
        CivilCalendar.dayNumber(day30) - CivilCalendar.dayNumber(first) == 29
      {
        resolved.end = Moment(day: CivilCalendar.adding(30, to: first))
      } else {
        resolved.end = Moment(day: CivilCalendar.adding(29, to: first))
      }
    }
    return resolved
  }
}
