/// Finds dates: absolute and partial (`2023年8月25日`, `１月１６日`, `2023-08-25`), with the
/// time of day (`2月8日上午`, `08月31日 17:52`), ranges (`2月6日至8日`), periods (`2025年末`,
/// `8月下旬`), relative and anaphoric dates (`去年`, `9年前`, `同年9月`), festivals and lunar
/// dates (`中秋节`, `腊月二十三`), centuries and decades (`21世纪`, `90年代`).
/// The scan proposes spans (`DateGrammar`); `DateResolver` computes their values.
struct DateRecognizer: Recognizer {
  let kinds: Set<EntityKind> = [.date]
  private let grammar = DateGrammar()

  func collect(in text: ScalarText, context: DocumentContext, into candidates: inout [Candidate]) {
    var memory = DateMemory()
    var index = 0
    let count = text.count
    while index < count {
      guard grammar.mayStart(text, at: index), let expression = grammar.parse(text, at: index) else {
        index += 1
        continue
      }
      let value = DateResolver.resolve(expression, reference: context.referenceDate, memory: &memory)
      candidates.append(
        Candidate(start: expression.start, end: expression.end, kind: .date, value: .date(value), rule: expression.rule))
      index = expression.end
    }
  }
}

/// The syntax of date spans: which text is a date and what its pieces are.
struct DateGrammar: Sendable {
  private let relativeDays = WordList(DateWords.relativeDays.map { ($0.word, $0.offset) })
  private let relativeDayParts = WordList(DateWords.relativeDayParts.map { ($0.word, ($0.offset, $0.part)) })
  private let anaphoricDays = WordList(DateWords.anaphoricDays.map { ($0.word, ($0.offset, $0.part)) })
  private let relativeYears = WordList(DateWords.relativeYears.map { ($0.word, $0.offset) })
  private let notBeforeLastYear = ScalarSet(characters: DateWords.notBeforeLastYear)
  private let notAfterLastYear = ScalarSet(characters: DateWords.notAfterLastYear)
  private let anaphoricYears = WordList(DateWords.anaphoricYears.map { ($0.word, $0.offset) })
  private let relativeMonths = WordList(DateWords.relativeMonths.map { ($0.word, ($0.offset, $0.anaphoric)) })
  private let relativeQuarters = WordList(DateWords.relativeQuarters.map { ($0.word, $0.offset) })
  private let relativeWeeks = WordList(DateWords.relativeWeeks.map { ($0.word, $0.offset) })
  private let weekdayHeads = WordList(DateWords.weekdayHeads)
  private let weekdays = WordList(DateWords.weekdays.map { ($0.word, $0.day) })
  private let yearPeriods = WordList(DateWords.yearPeriods.map { ($0.word, $0.period) })
  private let standalonePeriods = WordList(
    DateWords.yearPeriods.filter { DateWords.standaloneYearPeriods.contains($0.word) }.map { ($0.word, $0.period) })
  private let monthPeriods = WordList(DateWords.monthPeriods.map { ($0.word, $0.period) })
  private let partsOfDay = WordList(DateWords.partsOfDay.map { ($0.word, $0.part) })
  private let festivals = WordList(DateWords.festivals.map { ($0.word, ($0.rule, DateWords.festivalsNeedingContext.contains($0.word))) })
  private let notRelativeAfter = WordList(DateWords.notRelativeAfter)
  private let namedMonths = WordList(DateWords.namedMonths.map { ($0.word, ($0.month, $0.lunar)) })
  private let lunarMarks = WordList(DateWords.lunarMarks)
  private let reigns = WordList(DateWords.reigns.map { ($0.word, $0.firstYear) })
  private let relativeCenturies = WordList(DateWords.relativeCenturies.map { ($0.word, $0.offset) })
  private let eraQualifiers = WordList(DateWords.eraQualifiers.map { ($0.word, $0.part) })
  private let centuryNameHeads = WordList(DateWords.centuryNameHeads)
  private let agoUnits = WordList(DateWords.agoUnits.map { ($0.word, $0.unit) })
  private let agoDirections = WordList(DateWords.agoDirections.map { ($0.word, $0.sign) })
  private let connectors = WordList(DateWords.rangeConnectors)
  private let betweenJoiners = WordList(DateWords.betweenJoiners)
  private let betweenEnds = WordList(DateWords.betweenEnds)
  private let starts: ScalarSet

  private static func scalar(_ character: String) -> UInt32 { character.unicodeScalars.first!.value }
  private let year = scalar("年")
  private let month = scalar("月")
  private let dayMark = scalar("日")
  private let numberMark = scalar("号")
  private let portion = scalar("份")
  private let century = scalar("世")
  private let centuryEnd = scalar("纪")
  private let generation = scalar("代")
  private let hourMarks = ScalarSet(characters: "时点")
  private let minuteMark = scalar("分")
  private let secondMark = scalar("秒")
  private let oClock = scalar("钟")
  private let half = scalar("半")
  private let quarterHour = scalar("刻")
  private let sharp = scalar("整")
  private let leap = scalar("闰")
  private let lunarDayHead = scalar("初")
  private let from = ScalarSet(characters: "从自")
  private let lai = scalar("来")
  private let every = scalar("每")
  private let seasons = ScalarSet(characters: "春夏秋冬")
  private let newYearDays = "大年初".scalarValues
  private let degree = scalar("度")

  init() {
    var starts = ScalarSet(characters: "0123456789０１２３４５６７８９〇○零一二三四五六七八九十廿卅两闰")
    var pairs = ScalarSet()
    let lists: [[String]] = [
      DateWords.relativeDays.map(\.word), DateWords.relativeDayParts.map(\.word), DateWords.anaphoricDays.map(\.word),
      DateWords.relativeYears.map(\.word), DateWords.anaphoricYears.map(\.word), DateWords.relativeMonths.map(\.word),
      DateWords.relativeWeeks.map(\.word), DateWords.relativeQuarters.map(\.word), DateWords.weekdayHeads,
      Array(DateWords.standaloneYearPeriods),
      DateWords.festivals.map(\.word), DateWords.namedMonths.map(\.word), DateWords.lunarMarks,
      DateWords.relativeCenturies.map(\.word), DateWords.reigns.map(\.word),
    ]
    for list in lists {
      for word in list {
        let scalars = word.scalarValues
        starts.insert(scalars[0])
        if scalars.count > 1 { pairs.insert(Self.pairKey(scalars[0], scalars[1])) }
      }
    }
    for weekday in DateWords.weekdays {
      for head in ["周", "週"] { pairs.insert(Self.pairKey(Self.scalar(head), Self.scalar(weekday.word))) }
    }
    self.starts = starts
    self.pairs = pairs
  }

  /// The first two characters of every date word, folded into a 16-bit key: a second cheap
  /// test before any word list is searched (most 上, 中, 大 start no date).
  private let pairs: ScalarSet
  @inline(__always) private static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt32 {
    (first &* 31 &+ second) & 0xFFFF
  }

  /// True when a date may start at `index`: one bitmap lookup for most characters.
  @inline(__always) func mayStart(_ text: ScalarText, at index: Int) -> Bool {
    let c = text[index]
    guard starts.contains(c) else { return false }
    if DateNumerals.isNumeral(c) {
      // A number starts a date only when a date unit or separator follows it.
      var end = index + 1
      while DateNumerals.isNumeral(text[end]), end - index < 6 { end += 1 }
      return afterNumber.contains(text[end])
    }
    return c == leap || pairs.contains(Self.pairKey(c, text[index + 1]))
  }

  /// What may follow the first number of a date: its unit, a separator, a space.
  private let afterNumber = ScalarSet(characters: "年月日号世天周个小分时点季:：-/.－／．至到—~～–−〜 　")

  /// The date span starting at `start`, if any.
  func parse(_ text: ScalarText, at start: Int) -> DateExpression? {
    let c = text[start]
    // Inside a number (`12月` read from `2`) or after an ordinal or count word: no date.
    if DateNumerals.isNumeral(c) {
      let before = text[start - 1]
      if DateNumerals.isNumeral(before) || DateWords.numericSeparators.contains(before) && DateNumerals.isNumeral(text[start - 2]) {
        return nil
      }
      if DateWords.notDateBefore.contains(before) { return nil }
      if CharacterClass.arabicDigit(c) == nil, DateWords.notChineseDateBefore.contains(before) { return nil }
      if CharacterClass.isLatinLetter(before) { return nil }
    }
    if CharacterClass.arabicDigit(c) != nil, let numeric = numericDate(text, at: start) { return numeric }
    guard let (point, end, pending) = parsePoint(text, at: start, second: false) else { return nil }
    if let pending {
      return DateExpression(start: start, end: pending.end, first: point, last: pending.point, rule: "date.range")
    }
    if let (last, lastEnd) = rangeEnd(text, after: end, first: point) {
      return DateExpression(start: start, end: lastEnd, first: point, last: last, rule: "date.range")
    }
    return DateExpression(start: start, end: end, first: point, last: nil, rule: rule(for: point))
  }

  private func rule(for point: DatePoint) -> String {
    if point.ago != nil { return "date.ago" }
    if point.festival != nil { return "date.festival" }
    if point.lunar { return "date.lunar" }
    if point.century != nil || point.centuryOffset != nil || point.decade != nil { return "date.era" }
    if point.weekOffset != nil || point.weekday != nil { return "date.week" }
    switch point.year {
    case .relative?, .anaphoric?: return "date.relative"
    default: break
    }
    if point.dayOffset != nil || point.monthOffset != nil { return "date.relative" }
    return "date.absolute"
  }

  // MARK: Ranges

  /// `至8日`, `—27日`, `-2030年` after a first point: the second point, which must be as
  /// fine as the first (a day after a day, a month after a month).
  private func rangeEnd(_ text: ScalarText, after end: Int, first: DatePoint) -> (DatePoint, Int)? {
    var index = skipSpaces(text, end)
    if let joiner = betweenJoiners.match(in: text, at: index), let (last, lastEnd, _) = parsePoint(text, at: index + joiner.length, second: true),
      let close = betweenEnds.match(in: text, at: lastEnd), level(first) > 0, level(first) == level(last)
    {
      return (last, lastEnd + close.length)
    }
    guard let connector = connectors.match(in: text, at: index) else { return nil }
    index = skipSpaces(text, index + connector.length)
    if CharacterClass.arabicDigit(text[index]) != nil, let numeric = numericDate(text, at: index) {
      guard first.day != nil, first.year != nil else { return nil }
      return (numeric.first, numeric.end)
    }
    guard let (last, lastEnd, _) = parsePoint(text, at: index, second: true) else { return nil }
    guard first.ago == nil, last.ago == nil, first.century == nil, first.decade == nil else { return nil }
    let firstLevel = level(first)
    let lastLevel = level(last)
    // The second point must be as fine as the first, unless it carries its own anchor
    // (`2014年11月到下个月9号`, `上周三到这周二`).
    let anchored = last.year != nil || last.monthOffset != nil || last.dayOffset != nil || last.weekOffset != nil
    guard firstLevel > 0, lastLevel > 0, firstLevel == lastLevel || anchored && first.year != nil || anchored && lastLevel >= firstLevel
    else { return nil }
    return (last, lastEnd)
  }

  /// The finest calendar unit a point names: 3 day, 2 month, 1 year, 0 other.
  private func level(_ point: DatePoint) -> Int {
    if point.day != nil || point.dayOffset != nil || point.festival != nil || point.weekday != nil { return 3 }
    if point.yearPeriod != nil || point.monthPeriod != nil || point.weekOffset != nil || point.weekday != nil { return 0 }
    if point.month != nil || point.monthOffset != nil { return 2 }
    if point.year != nil { return 1 }
    return 0
  }

  // MARK: Numeric dates

  /// `2023-08-25`, `2023/8/25`, `2023.8.25`, with an optional time (`2023-08-25 17:52`).
  private func numericDate(_ text: ScalarText, at start: Int) -> DateExpression? {
    guard let year = DateNumerals.arabic(text, at: start, maxDigits: 4), year.digits == 4, (1000...2199).contains(year.value),
      DateWords.numericSeparators.contains(text[year.end]),
      let month = DateNumerals.arabic(text, at: year.end + 1, maxDigits: 2), (1...12).contains(month.value),
      DateWords.numericSeparators.contains(text[month.end]),
      let day = readDayDigits(text, at: month.end + 1), (1...31).contains(day.value)
    else { return nil }
    // A fourth group (`2019.05.29.1`) is no date, unless another date follows (`2018/1/10-2018/7/10`).
    if DateWords.numericSeparators.contains(text[day.end]), CharacterClass.arabicDigit(text[day.end + 1]) != nil,
      numericDate(text, at: day.end + 1) == nil
    {
      return nil
    }
    var point = DatePoint()
    point.year = .absolute(year.value)
    point.month = month.value
    point.day = day.value
    var end = day.end
    if let timeEnd = timeOfDay(text, at: end, into: &point, allowSpace: true) { end = timeEnd }
    if CharacterClass.arabicDigit(text[end]) != nil { return nil }
    var expression = DateExpression(start: start, end: end, first: point, last: nil, rule: "date.numeric")
    if let (last, lastEnd) = rangeEnd(text, after: end, first: point) {
      expression.last = last
      expression.end = lastEnd
      expression.rule = "date.range"
    }
    return expression
  }

  /// One or two day digits; two digits may run straight into a time (`2018-12-1209:03`).
  private func readDayDigits(_ text: ScalarText, at start: Int) -> (value: Int, end: Int)? {
    guard let first = CharacterClass.arabicDigit(text[start]) else { return nil }
    guard let second = CharacterClass.arabicDigit(text[start + 1]) else { return (Int(first), start + 1) }
    if CharacterClass.arabicDigit(text[start + 2]) != nil, !DateWords.clockSeparators.contains(text[start + 4]) {
      return nil
    }
    return (Int(first * 10 + second), start + 2)
  }

  // MARK: Points

  /// One point: `[农历][year][month][day][time]`, a relative word, a festival, an era, or
  /// `N年前`. `pending` is the second point of a range whose first number shares the second's
  /// unit (`2023-2030年`, `12-19日`).
  private func parsePoint(_ text: ScalarText, at start: Int, second: Bool) -> (DatePoint, Int, pending: (point: DatePoint, end: Int)?)? {
    var point = DatePoint()
    var index = start
    if let mark = lunarMarks.match(in: text, at: index) {
      point.lunar = true
      index += mark.length
    }
    // Relative forms that stand alone.
    if !point.lunar, let ago = agoDate(text, at: index) { return (ago.point, ago.end, nil) }
    if let (era, end) = eraDate(text, at: index) { return (era, end, nil) }

    // The year.
    let yearStart = index
    if let word = relativeYears.match(in: text, at: index) {
      if text[index] == DateWords.upper,
        notBeforeLastYear.contains(text[index - 1]) || notAfterLastYear.contains(text[index + word.length])
      {
        return nil
      }
      point.year = .relative(word.payload)
      index += word.length
    } else if let reign = reigns.match(in: text, at: index), let (number, end) = reignYear(text, at: index + reign.length) {
      point.year = .absolute(reign.payload + number - 1)
      index = end
    } else if let word = anaphoricYears.match(in: text, at: index) {
      point.year = .anaphoric(word.payload)
      index += word.length
    } else if let (year, end, pendingYear) = absoluteYear(text, at: index) {
      if let pendingYear {
        var last = DatePoint()
        last.year = .absolute(pendingYear)
        point.year = year
        return (point, end, (last, end))
      }
      point.year = year
      index = end
    }
    let afterYear = index
    if point.year != nil {
      index = skipSpaces(text, index)
      if let mark = lunarMarks.match(in: text, at: index) {
        point.lunar = true
        index += mark.length
      }
    }

    // `大年初十`: the first lunar month's days.
    if text.matches(newYearDays, at: index), let day = DateNumerals.small(text, at: index + newYearDays.count), (1...15).contains(day.value) {
      point.lunar = true
      point.month = 1
      point.day = day.value
      index = day.end
      if let end = timeOfDay(text, at: index, into: &point, allowSpace: false) { index = end }
      return (point, index, nil)
    }
    // A festival, with an optional time.
    if let festival = festivals.match(in: text, at: index), point.month == nil,
      point.year != nil || !festival.payload.1 || DateWords.festivalContext.contains(text[index + festival.length])
        || text[index + festival.length] == 0
    {
      point.festival = festival.payload.0
      index += festival.length
      if let end = timeOfDay(text, at: index, into: &point, allowSpace: false) { index = end }
      return (point, index, nil)
    }

    // A period of the year.
    if point.year != nil, !point.lunar, let period = yearPeriods.match(in: text, at: index),
      acceptsPeriod(text, at: index, length: period.length)
    {
      point.yearPeriod = period.payload
      return (point, index + period.length, nil)
    }
    if point.year == nil, !point.lunar, let period = standalonePeriods.match(in: text, at: index) {
      let before = text[index - 1]
      guard !DateNumerals.isNumeral(before), before != every else { return nil }
      point.yearPeriod = period.payload
      return (point, index + period.length, nil)
    }

    if point.year == nil, !point.lunar, let word = relativeQuarters.match(in: text, at: index) {
      point.quarterOffset = word.payload
      return (point, index + word.length, nil)
    }

    // The month.
    var monthWritten = false
    if point.year == nil, !point.lunar, let word = relativeMonths.match(in: text, at: index) {
      point.monthOffset = word.payload.0
      point.monthAnaphoric = word.payload.1
      index += word.length
      monthWritten = true
    } else if let (monthValue, end, lunar, pendingMonth) = monthNumber(text, at: index) {
      if let pendingMonth {
        point.month = monthValue
        var last = DatePoint()
        last.month = pendingMonth
        return (point, end, (last, end))
      }
      point.month = monthValue
      if lunar { point.lunar = true }
      if text[index] == leap { point.leapMonth = true }
      index = end
      monthWritten = true
    }
    if monthWritten {
      if let period = monthPeriods.match(in: text, at: index),
        acceptsPeriod(text, at: index, length: period.length), !(text[index] == lunarDayHead && DateNumerals.isNumeral(text[index + 1]))
      {
        point.monthPeriod = period.payload
        return (point, index + period.length, nil)
      }
    } else if point.year != nil {
      return (point, afterYear, nil)
    }

    // The day.
    if monthWritten || index == start || index == yearStart {
      // `2023 年 8 月 25 日`: spaces before a day only when 日 closes it.
      let spaced = skipSpaces(text, index)
      if monthWritten, spaced > index, spaced - index <= 2, let day = DateNumerals.arabic(text, at: spaced, maxDigits: 2),
        text[skipSpaces(text, day.end)] == dayMark
      {
        index = spaced
      }
      if let (dayValue, end, suffix, pendingDay) = dayNumber(text, at: index, afterMonth: monthWritten, second: second) {
        if let pendingDay {
          point.day = dayValue
          var last = DatePoint()
          last.day = pendingDay
          return (point, end, (last, end))
        }
        point.day = dayValue
        // A day in Chinese numerals with no 日 or 号 is a lunar day (`八月十五`, `五月初五`).
        if !suffix, CharacterClass.arabicDigit(text[index]) == nil { point.lunar = true }
        index = end
        if !monthWritten, !second, text[end - 1] == numberMark {
          // A bare `8号` is a date only before a time of day (`8号晚上9点`).
          var probe = point
          guard let timeEnd = timeOfDay(text, at: end, into: &probe, allowSpace: false) else { return nil }
          return (probe, timeEnd, nil)
        }
      }
    }
    if point.day == nil, !monthWritten, point.year == nil, index == start {
      // Relative and anaphoric days, weeks and weekdays.
      if let word = relativeDayParts.match(in: text, at: index) {
        point.dayOffset = word.payload.0
        point.partOfDay = word.payload.1
        index += word.length
        if let end = clock(text, at: index, into: &point) { index = end }
        return (point, index, nil)
      }
      if text[index - 1] == 0x300A { return nil }  // 《明日之后》: a title
      if let word = anaphoricDays.match(in: text, at: index) {
        if notRelativeAfter.match(in: text, at: index + word.length) != nil { return nil }
        point.dayOffset = word.payload.0
        point.dayAnaphoric = true
        point.partOfDay = word.payload.1
        index += word.length
      } else if let word = relativeDays.match(in: text, at: index) {
        if notRelativeAfter.match(in: text, at: index + word.length) != nil { return nil }
        // `走向明天`, `城市的明天`: the future, not a day.
        if word.payload == 1, text[index] == DateWords.tomorrow, DateWords.beforeFigurativeTomorrow.contains(text[index - 1]) { return nil }
        point.dayOffset = word.payload
        index += word.length
      } else if let week = relativeWeeks.match(in: text, at: index) {
        point.weekOffset = week.payload
        index += week.length
        if let head = weekdayHeads.match(in: text, at: index), let day = weekdays.match(in: text, at: index + head.length) {
          point.weekday = day.payload
          index += head.length + day.length
        } else if let day = weekdays.match(in: text, at: index), !DateWords.notWeekdayAfter.contains(text[index + day.length]) {
          point.weekday = day.payload
          index += day.length
        }
        if point.weekday == nil || point.weekday == 8 { return (point, index, nil) }
      } else if let head = weekdayHeads.match(in: text, at: index), let day = weekdays.match(in: text, at: index + head.length),
        day.payload != 8, !DateNumerals.isNumeral(text[index - 1]), !DateWords.notChineseDateBefore.contains(text[index - 1]),
        head.length > 1 || acceptsShortWeekday(text, at: index + head.length + day.length, day: text[index + head.length])
      {
        point.weekday = day.payload
        index += head.length + day.length
      } else {
        return nil
      }
    }
    if point.isEmpty { return nil }
    if point.day != nil || point.dayOffset != nil || point.weekday != nil {
      // `6月1日周六`: the weekday written after the day belongs to it.
      if point.day != nil, monthWritten, let head = weekdayHeads.match(in: text, at: index),
        let day = weekdays.match(in: text, at: index + head.length), day.payload < 8
      {
        index += head.length + day.length
      }
      if let end = timeOfDay(text, at: index, into: &point, allowSpace: true) { index = end }
    }
    return (point, index, nil)
  }

  /// `周三` is a weekday before a break, a part of the day or a connector, not inside a
  /// name (`周一渤`, `周天鸿`).
  private func acceptsShortWeekday(_ text: ScalarText, at end: Int, day: UInt32) -> Bool {
    if day == 0x5929 { return false }  // 周天
    let next = text[end]
    return !CharacterClass.isHan(next) || partsOfDay.match(in: text, at: end) != nil || DateWords.chineseBareDayBefore.contains(next)
  }

  /// 初/末/底 and one-character seasons must not start another word (`今年初步`, `2023年冬奥会`).
  private func acceptsPeriod(_ text: ScalarText, at index: Int, length: Int) -> Bool {
    guard length == 1 else { return true }
    let next = text[index + 1]
    if DateWords.notPeriodAfter.contains(next) { return false }
    return !(seasons.contains(text[index]) && CharacterClass.isHan(next))
  }

  /// A year: `2023年`, `２０２３年`, `二〇二三年`, `2008 年`, two-digit `98年`/`零七年`; or a
  /// range of years sharing one 年 (`2023-2030年`).
  private func absoluteYear(_ text: ScalarText, at start: Int) -> (DatePoint.Year, Int, pending: Int?)? {
    var value: Int
    var end: Int
    var digits: Int
    var arabic = true
    if let number = DateNumerals.arabic(text, at: start, maxDigits: 4) {
      (value, end, digits) = number
    } else if let number = DateNumerals.chineseDigits(text, at: start), number.digits == 4 || number.digits == 2 {
      (value, end, digits) = number
      arabic = false
      if digits == 2, DateNumerals.isNumeral(text[end]) { return nil }
    } else {
      return nil
    }
    guard digits == 4 || digits == 2 else { return nil }
    if digits == 4, !(1000...2199).contains(value) { return nil }
    let afterSpaces = skipSpaces(text, end)
    if text[afterSpaces] == year {
      // `2000年代`: a decade, read elsewhere; `10年来`: a duration.
      if text[afterSpaces + 1] == generation || text[afterSpaces + 1] == degree { return nil }
      if text[afterSpaces + 1] == lai, digits == 2 { return nil }
      let next = afterSpaces + 1
      if digits == 2 {
        // Leading zero (`07年`, `零八年`), or a month or period after it.
        let leadingZero = arabic ? text[start] == 0x30 || text[start] == 0xFF10 : DateNumerals.digit(text[start]) == 0
        if !leadingZero && !followsYearDetail(text, at: next) { return nil }
        return (.twoDigit(value), next, nil)
      }
      return (.absolute(value), next, nil)
    }
    // `2023-2030年`, `1995 - 1997年`.
    guard digits == 4, arabic, let connector = connectors.match(in: text, at: afterSpaces) else { return nil }
    let secondStart = skipSpaces(text, afterSpaces + connector.length)
    guard let second = DateNumerals.arabic(text, at: secondStart, maxDigits: 4), second.digits == 4,
      (1000...2199).contains(second.value), second.value > value
    else { return nil }
    let mark = skipSpaces(text, second.end)
    guard text[mark] == year, text[mark + 1] != generation else { return nil }
    return (.absolute(value), mark + 1, second.value)
  }

  /// The year of a reign: `元年`, `三年`, `二十年`, `20年`.
  private func reignYear(_ text: ScalarText, at start: Int) -> (Int, Int)? {
    if text[start] == 0x5143, text[start + 1] == year { return (1, start + 2) }  // 元年
    guard let number = DateNumerals.small(text, at: start), number.value > 0, text[number.end] == year else { return nil }
    return (number.value, number.end + 1)
  }

  /// After a two-digit year: a month (`98年4月`), a period (`19年底`, `07年第三季度`).
  private func followsYearDetail(_ text: ScalarText, at index: Int) -> Bool {
    if monthNumber(text, at: index) != nil { return true }
    if let period = yearPeriods.match(in: text, at: index), period.length > 1 || acceptsPeriod(text, at: index, length: 1) {
      return true
    }
    return false
  }

  /// A month: `8月`, `08月份`, `十二月`, `１２月`, `正月`, `腊月`, `闰四月`; or a range of
  /// months sharing one 月 (`1－9月份`).
  private func monthNumber(_ text: ScalarText, at start: Int) -> (Int, Int, lunar: Bool, pending: Int?)? {
    if let named = namedMonths.match(in: text, at: start) {
      return (named.payload.0, start + named.length, named.payload.1, nil)
    }
    var index = start
    var lunar = false
    if text[index] == leap {
      lunar = true
      index += 1
    }
    guard let number = DateNumerals.small(text, at: index), (1...12).contains(number.value) else { return nil }
    let afterSpaces = skipSpaces(text, number.end)
    if text[afterSpaces] == month {
      var end = afterSpaces + 1
      if text[end] == portion { end += 1 }
      return (number.value, end, lunar, nil)
    }
    guard !lunar, let connector = connectors.match(in: text, at: number.end),
      let second = DateNumerals.small(text, at: number.end + connector.length), (1...12).contains(second.value),
      second.value > number.value, text[second.end] == month
    else { return nil }
    var end = second.end + 1
    if text[end] == portion { end += 1 }
    return (number.value, end, false, second.value)
  }

  /// A day: `25日`, `２５日`, `二十五日`, `9号`, lunar `初十`/`廿一`, a bare `十五` after a month
  /// (`八月十五`, `1月3`); or a range of days sharing one 日 (`12-19日`).
  private func dayNumber(_ text: ScalarText, at start: Int, afterMonth: Bool, second: Bool) -> (Int, Int, suffix: Bool, pending: Int?)? {
    var index = start
    var lunarHead = false
    if text[index] == lunarDayHead {
      guard afterMonth || second else { return nil }
      lunarHead = true
      index += 1
    }
    guard let number = DateNumerals.small(text, at: index), (1...31).contains(number.value) else { return nil }
    if lunarHead {
      guard number.value <= 10, !number.arabic || afterMonth else { return nil }
      return (number.value, number.end, false, nil)
    }
    var markIndex = number.end
    if number.arabic, afterMonth { markIndex = skipSpaces(text, markIndex) }
    let mark = text[markIndex]
    if mark == dayMark || mark == numberMark {
      let next = text[markIndex + 1]
      if !afterMonth {
        if DateWords.notBareDayAfter.contains(next) { return nil }
        if !number.arabic, !second {
          guard DateWords.chineseBareDayBefore.contains(next) || partsOfDay.match(in: text, at: markIndex + 1) != nil
            || number.value > 1 && DateWords.actorEnds.contains(text[start - 1]) && !DateWords.notBareDayAfter.contains(next)
          else { return nil }
        }
      } else if mark == dayMark, next == 0x5143 {  // 日元
        return nil
      }
      return (number.value, markIndex + 1, true, nil)
    }
    guard afterMonth else { return nil }
    // `12-19日`.
    if number.arabic, let connector = connectors.match(in: text, at: number.end),
      let last = DateNumerals.arabic(text, at: number.end + connector.length, maxDigits: 2), (1...31).contains(last.value),
      last.value > number.value, text[last.end] == dayMark || text[last.end] == numberMark
    {
      return (number.value, last.end + 1, true, last.value)
    }
    // A bare day after a month: only before a break or a time of day.
    if mark == 0 || !(CharacterClass.isHan(mark) || CharacterClass.arabicDigit(mark) != nil || mark == 0x25 || mark == 0xFF05
      || DateWords.numericSeparators.contains(mark) || DateWords.clockSeparators.contains(mark) || CharacterClass.isLatinLetter(mark))
    {
      return (number.value, number.end, false, nil)
    }
    if partsOfDay.match(in: text, at: number.end) != nil || connectors.match(in: text, at: number.end) != nil {
      return (number.value, number.end, false, nil)
    }
    return nil
  }

  // MARK: Time of day

  /// A part of the day and/or a clock time after a date: `上午`, `晚`, ` 17:52`, `10:00:21`,
  /// `２０时`, `下午３时１５分`, `早上7点钟`, `晚上六点半`. Returns the end, or nil.
  private func timeOfDay(_ text: ScalarText, at start: Int, into point: inout DatePoint, allowSpace: Bool) -> Int? {
    var index = start
    var found = false
    if let part = partsOfDay.match(in: text, at: index), acceptsPartOfDay(text, at: index, length: part.length) {
      point.partOfDay = part.payload
      index += part.length
      found = true
    }
    var probe = index
    if allowSpace || found {
      while CharacterClass.isSpace(text[probe]) || text[probe] == 0x54 { probe += 1 }  // spaces, `T`
      if probe - index > 2 { probe = index }
    }
    if let end = clock(text, at: probe, into: &point) {
      return end
    }
    return found ? index : nil
  }

  /// 早 and 晚 alone must not start another word (`晚于`, `早已`).
  private func acceptsPartOfDay(_ text: ScalarText, at index: Int, length: Int) -> Bool {
    length > 1 || !DateWords.notPartOfDayAfter.contains(text[index + 1])
  }

  /// A clock time: `17:52`, `10:00:21`, `２０时`, `３时１５分`, `7点钟`, `六点半`, `20时1刻`.
  private func clock(_ text: ScalarText, at start: Int, into point: inout DatePoint) -> Int? {
    guard let hour = DateNumerals.small(text, at: start, allowTwo: true), hour.value <= 24 else { return nil }
    var index = hour.end
    var minute: Int?
    var second: Int?
    let mark = text[index]
    if hour.arabic, DateWords.clockSeparators.contains(mark) {
      guard let m = DateNumerals.arabic(text, at: index + 1, maxDigits: 2), m.digits == 2, m.value < 60 else { return nil }
      minute = m.value
      index = m.end
      if DateWords.clockSeparators.contains(text[index]), let s = DateNumerals.arabic(text, at: index + 1, maxDigits: 2), s.digits == 2,
        s.value < 60
      {
        second = s.value
        index = s.end
      }
      if hourMarks.contains(text[index]), text[index] != 0x70B9 { index += 1 }  // `11:00时`
    } else if hourMarks.contains(mark) {
      index += 1
      if text[index] == oClock { index += 1 }
      if text[index] == half {
        minute = 30
        index += 1
      } else if let q = DateNumerals.small(text, at: index), text[q.end] == quarterHour, (1...3).contains(q.value) {
        minute = q.value * 15
        index = q.end + 1
      } else if let m = minuteNumber(text, at: index), m.value < 60 {
        let after = text[m.end]
        if after == minuteMark {
          minute = m.value
          index = m.end + 1
          if let s = minuteNumber(text, at: index), s.value < 60, text[s.end] == secondMark {
            second = s.value
            index = s.end + 1
          }
        } else if !CharacterClass.isHan(after) && CharacterClass.arabicDigit(after) == nil {
          // `九点二十`, `9点20`, `晚上九点零九`.
          minute = m.value
          index = m.end
        }
      } else if text[index] == sharp {
        index += 1
      }
    } else {
      return nil
    }
    var hourValue = hour.value
    switch point.partOfDay {
    case .afternoon?, .evening?: if hourValue < 12 { hourValue += 12 }
    case .midday?: if hourValue < 3 { hourValue += 12 }
    case .night?: if hourValue == 12 { hourValue = 0 } else if hourValue >= 6, hourValue < 12 { hourValue += 12 }
    default: break
    }
    point.hour = hourValue
    point.minute = minute
    point.second = second
    return index
  }

  /// Minutes and seconds: `15`, `十五`, `零九`.
  private func minuteNumber(_ text: ScalarText, at start: Int) -> (value: Int, end: Int)? {
    if let number = DateNumerals.arabic(text, at: start, maxDigits: 2) { return (number.value, number.end) }
    if DateNumerals.digit(text[start]) == 0, let unit = DateNumerals.digit(text[start + 1]) { return (unit, start + 2) }
    return DateNumerals.chineseSmall(text, at: start).map { ($0.value, $0.end) }
  }

  // MARK: Relative and era forms

  /// `9年前`, `三天后`, `两个月后`: an amount, a unit, and a direction.
  private func agoDate(_ text: ScalarText, at start: Int) -> (point: DatePoint, end: Int)? {
    guard let number = DateNumerals.arabic(text, at: start, maxDigits: 3).map({ ($0.value, $0.end) })
      ?? DateNumerals.chineseSmall(text, at: start, allowTwo: true).map({ ($0.value, $0.end) }),
      number.0 > 0,
      let unit = agoUnits.match(in: text, at: number.1),
      let direction = agoDirections.match(in: text, at: number.1 + unit.length)
    else { return nil }
    let end = number.1 + unit.length + direction.length
    // `三天后天` … or `10年前后` (about ten years): no date.
    if text[end] == 0x5929 || (direction.payload < 0 && text[end] == 0x540E) { return nil }
    var point = DatePoint()
    point.ago = (number.0 * direction.payload, unit.payload)
    return (point, end)
  }

  /// `21世纪`, `上世纪90年代`, `二十世纪九十年代末期`, `90年代`, `1990年代`.
  private func eraDate(_ text: ScalarText, at start: Int) -> (DatePoint, Int)? {
    var point = DatePoint()
    var index = start
    if let word = relativeCenturies.match(in: text, at: index) {
      point.centuryOffset = word.payload
      index += word.length
    } else if let number = DateNumerals.small(text, at: index), number.value >= 1, number.value <= 30, text[number.end] == century,
      text[number.end + 1] == centuryEnd
    {
      point.century = number.value
      index = number.end + 2
    }
    if index > start {
      if centuryNameHeads.match(in: text, at: index) != nil { return nil }
    }
    // The decade.
    let decadeStart = index
    if let number = DateNumerals.arabic(text, at: index, maxDigits: 4), number.digits == 2 || number.digits == 4,
      number.value % 10 == 0, text[number.end] == year, text[number.end + 1] == generation
    {
      point.decade = number.value
      index = number.end + 2
    } else if let number = DateNumerals.chineseSmall(text, at: index), number.value % 10 == 0, number.value > 0,
      text[number.end] == year, text[number.end + 1] == generation
    {
      point.decade = number.value
      index = number.end + 2
    } else if let number = DateNumerals.chineseDigits(text, at: index), number.digits == 2, number.value % 10 == 0,
      text[number.end] == year, text[number.end + 1] == generation
    {
      point.decade = number.value
      index = number.end + 2
    }
    if index == decadeStart, index == start { return nil }
    if point.decade == nil, point.century == nil, point.centuryOffset != nil, index == start { return nil }
    if let qualifier = eraQualifiers.match(in: text, at: index), acceptsPeriod(text, at: index, length: qualifier.length) {
      point.yearPeriod = qualifier.payload
      index += qualifier.length
    }
    return (point, index)
  }

  private func skipSpaces(_ text: ScalarText, _ index: Int) -> Int {
    var index = index
    while text[index] == 0x20 || text[index] == 0x3000 { index += 1 }
    return index
  }
}

/// What the resolver remembers while reading a text: the last absolute year and the last
/// full day written, for `同年`, `次年`, `当天`.
struct DateMemory: Sendable {
  var lastYear: Int?
  var lastMonth: (year: Int, month: Int)?
  var lastDay: CalendarDay?
}
