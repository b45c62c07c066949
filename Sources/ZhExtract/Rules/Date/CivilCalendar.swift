/// Day arithmetic on the proleptic Gregorian calendar, without Foundation: day numbers, ISO
/// weekdays and weeks.
enum CivilCalendar {
  /// Days since 1970-01-01 (negative before).
  static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  static func dayNumber(_ day: CalendarDay) -> Int { dayNumber(day.year, day.month, day.day) }

  /// The day with day number `number`.
  static func day(_ number: Int) -> CalendarDay {
    let z = number + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return CalendarDay(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  static func adding(_ days: Int, to day: CalendarDay) -> CalendarDay { self.day(dayNumber(day) + days) }

  /// 1 = Monday … 7 = Sunday.
  static func isoWeekday(_ day: CalendarDay) -> Int {
    let number = dayNumber(day)
    return ((number + 3) % 7 + 7) % 7 + 1  // 1970-01-01 was a Thursday
  }

  /// The Monday starting the ISO week of `day`.
  static func monday(of day: CalendarDay) -> CalendarDay { adding(1 - isoWeekday(day), to: day) }

  /// The ISO week-numbering year and week of `day`.
  static func isoWeek(of day: CalendarDay) -> (year: Int, week: Int) {
    let thursday = adding(4 - isoWeekday(day), to: day)
    let ordinal = dayNumber(thursday) - dayNumber(thursday.year, 1, 1)
    return (thursday.year, ordinal / 7 + 1)
  }

  /// The first day of the month `months` after (year, month).
  static func month(_ year: Int, _ month: Int, plus months: Int) -> (year: Int, month: Int) {
    let index = year * 12 + (month - 1) + months
    let y = index >= 0 ? index / 12 : (index - 11) / 12
    return (y, index - y * 12 + 1)
  }

  /// The `nth` given weekday of a month (`母亲节`: the second Sunday of May).
  static func nthWeekday(_ nth: Int, _ weekday: Int, year: Int, month: Int) -> CalendarDay {
    let first = CalendarDay(year: year, month: month, day: 1)
    let offset = (weekday - isoWeekday(first) + 7) % 7
    return adding(offset + 7 * (nth - 1), to: first)
  }
}
