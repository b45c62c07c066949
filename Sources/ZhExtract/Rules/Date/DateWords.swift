/// The words of dates: relative and anaphoric words, periods within a year or a month, parts
/// of the day, festivals. The scan (`DateRecognizer`) reads them; the resolver turns them into
/// values.
enum DateWords {
  /// Days relative to the reference date (`今天` 0, `昨天` −1).
  static let relativeDays: [(word: String, offset: Int)] = [
    ("今天", 0), ("今日", 0), ("本日", 0), ("昨天", -1), ("昨日", -1), ("前天", -2), ("大前天", -3),
    ("明天", 1), ("明日", 1), ("后天", 2), ("大后天", 3), ("大大前天", -4), ("大大后天", 4),
    ("後天", 2), ("大後天", 3),  // Traditional forms in texts too short to be detected as Traditional
  ]

  /// 明天 after these is the future, not a day (`走向明天`, `迈向明天`, `城市的明天`).
  static let beforeFigurativeTomorrow = ScalarSet(characters: "向的")
  static let tomorrow = "明".unicodeScalars.first!.value

  /// A relative day and a part of it in one word (`昨晚`, `今晨`).
  static let relativeDayParts: [(word: String, offset: Int, part: PartOfDay)] = [
    ("今晚", 0, .evening), ("今夜", 0, .night), ("今晨", 0, .morning), ("今早", 0, .morning),
    ("昨晚", -1, .evening), ("昨夜", -1, .night), ("昨晨", -1, .morning), ("明晚", 1, .evening),
    ("明早", 1, .morning), ("明晨", 1, .morning),
  ]

  /// Days counted from the last full date written before them (`当天`, `次日`).
  static let anaphoricDays: [(word: String, offset: Int, part: PartOfDay?)] = [
    ("当天", 0, nil), ("当日", 0, nil), ("同日", 0, nil), ("次日", 1, nil), ("翌日", 1, nil),
    ("当晚", 0, .evening), ("次日凌晨", 1, .night),
  ]

  /// Years relative to the reference date.
  static let relativeYears: [(word: String, offset: Int)] = [
    ("今年", 0), ("本年", 0), ("去年", -1), ("前年", -2), ("大前年", -3), ("明年", 1), ("来年", 1),
    ("后年", 2), ("大后年", 3), ("上一年", -1), ("上年", -1), ("下一年", 1),
  ]

  /// `上年`, `上一年` are no years after a character that makes 上 part of a word (早上, 马上,
  /// 路上, 市场上) or before one that makes 年 part of one (上年纪, 上一年级, 年味).
  static let notBeforeLastYear = "早晚马路身会网线世天地之以手台街桌场面"
  static let notAfterLastYear = "纪级轻味货画夜"
  static let upper = "上".unicodeScalars.first!.value

  /// Years counted from the last absolute year written before them (`同年9月`).
  static let anaphoricYears: [(word: String, offset: Int)] = [
    ("同年", 0), ("当年", 0), ("次年", 1), ("翌年", 1),
  ]

  /// Months relative to the reference date, and (offset nil) months counted from the last
  /// absolute month written before them.
  static let relativeMonths: [(word: String, offset: Int, anaphoric: Bool)] = [
    ("本月", 0, false), ("这个月", 0, false), ("上月", -1, false), ("上个月", -1, false),
    ("下月", 1, false), ("下个月", 1, false), ("下一个月", 1, false), ("当月", 0, true), ("同月", 0, true),
    ("次月", 1, true), ("上上月", -2, false), ("上上个月", -2, false), ("下下月", 2, false), ("下下个月", 2, false),
  ]

  /// Quarters relative to the reference date.
  static let relativeQuarters: [(word: String, offset: Int)] = [
    ("本季度", 0), ("这个季度", 0), ("这一季度", 0), ("上季度", -1), ("上个季度", -1), ("上一季度", -1), ("上一个季度", -1),
    ("下季度", 1), ("下个季度", 1), ("下一季度", 1), ("下一个季度", 1), ("上上个季度", -2), ("下下个季度", 2),
  ]

  /// Weeks relative to the reference date.
  static let relativeWeeks: [(word: String, offset: Int)] = [
    ("本周", 0), ("这周", 0), ("这个星期", 0), ("本星期", 0), ("上周", -1), ("上星期", -1), ("上个星期", -1),
    ("上礼拜", -1), ("上个礼拜", -1), ("上上周", -2), ("上上个星期", -2), ("下周", 1), ("下星期", 1),
    ("下个星期", 1), ("下礼拜", 1), ("下个礼拜", 1), ("下下周", 2), ("下下个星期", 2), ("上一周", -1),
    ("下一周", 1), ("这一周", 0), ("上上上周", -3), ("下下下周", 3), ("上上个周", -2), ("下下个周", 2),
    ("上週", -1), ("上個週", -1), ("上上週", -2), ("上上個週", -2), ("下週", 1), ("下個週", 1), ("下下週", 2), ("下下個週", 2),
    ("本週", 0), ("這週", 0),
  ]

  /// Words before a weekday number (`星期三`, `周三`).
  static let weekdayHeads: [String] = ["星期", "礼拜", "周", "禮拜", "週"]
  /// Weekday characters after a head: 一…六, 日/天 (Sunday, 7), 末 (weekend, 8).
  static let weekdays: [(word: String, day: Int)] = [
    ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("日", 7), ("天", 7), ("末", 8),
  ]

  /// After `上周一`, these make 一 part of another word (`上周一直`, `下周一起`).
  static let notWeekdayAfter = ScalarSet(characters: "直些样同定般切度次致起共半")

  /// Periods within a year, written after a year (`2025年末`, `2023年上半年`).
  static let yearPeriods: [(word: String, period: YearPeriod)] = [
    ("年初", .start), ("初", .start), ("伊始", .start), ("年中", .middle), ("年末", .end), ("末", .end),
    ("年底", .end), ("底", .end), ("上半年", .h1), ("前半年", .h1), ("下半年", .h2), ("后半年", .h2),
    ("第一季度", .q1), ("一季度", .q1), ("首季度", .q1), ("第1季度", .q1), ("1季度", .q1),
    ("第二季度", .q2), ("二季度", .q2), ("第2季度", .q2), ("2季度", .q2),
    ("第三季度", .q3), ("三季度", .q3), ("第3季度", .q3), ("3季度", .q3),
    ("第四季度", .q4), ("四季度", .q4), ("第4季度", .q4), ("4季度", .q4),
    ("春季", .spring), ("春天", .spring), ("夏季", .summer), ("夏天", .summer), ("秋季", .fall), ("秋天", .fall),
    ("冬季", .winter), ("冬天", .winter),
    ("初春", .spring), ("早春", .spring), ("仲春", .spring), ("初夏", .summer), ("仲夏", .summer), ("盛夏", .summer),
    ("初秋", .fall), ("仲秋", .fall), ("深秋", .fall), ("金秋", .fall), ("初冬", .winter), ("隆冬", .winter),
    ("深冬", .winter), ("寒冬", .winter), ("春", .spring), ("夏", .summer), ("秋", .fall), ("冬", .winter),
  ]

  /// Year periods that stand alone, resolved in the reference year (`上半年`, `年底`).
  static let standaloneYearPeriods: Set<String> = [
    "年初", "年末", "年底", "上半年", "下半年", "第一季度", "一季度", "首季度", "第二季度", "二季度",
    "第三季度", "三季度", "第四季度", "四季度", "第1季度", "1季度", "第2季度", "2季度", "第3季度", "3季度", "第4季度",
    "4季度",
  ]

  /// After a year, these characters continue another word, so 初/末/底 are no period
  /// (`今年初步`, `2023年初中`).
  static let notPeriodAfter = ScalarSet(characters: "步次中级审稿选赛具见衷心期线")

  /// Periods within a month, after a month (`8月下旬`, `10月底`).
  static let monthPeriods: [(word: String, period: MonthPeriod)] = [
    ("上旬", .d1), ("中旬", .d2), ("下旬", .d3), ("初", .start), ("底", .end), ("末", .end), ("中下旬", .d3),
    ("月初", .start), ("月底", .end), ("月末", .end),
  ]

  /// Parts of the day after a date (`2月8日上午`, `30日晚`).
  static let partsOfDay: [(word: String, part: PartOfDay)] = [
    ("上午", .morning), ("早上", .morning), ("早晨", .morning), ("清晨", .morning), ("早间", .morning),
    ("早", .morning), ("凌晨", .night), ("中午", .midday), ("正午", .midday), ("午间", .midday),
    ("下午", .afternoon), ("午后", .afternoon), ("傍晚", .evening), ("晚上", .evening), ("晚间", .evening),
    ("夜晚", .evening), ("黄昏", .evening), ("晚", .evening), ("夜间", .night), ("夜里", .night), ("深夜", .night),
    ("半夜", .night), ("子夜", .night), ("午夜", .night), ("白天", .daytime),
  ]

  /// After a one-character part of day (早, 晚), these make another word (`晚于`, `早已`).
  static let notPartOfDayAfter = ScalarSet(characters: "于些已就在期点饭餐报年会班稻熟春秋婚恋辈")

  /// Festivals: solar (Gregorian) days, lunar days, and days defined by a weekday.
  static let festivals: [(word: String, rule: FestivalRule)] = [
    ("元旦", .solar(1, 1)), ("情人节", .solar(2, 14)), ("妇女节", .solar(3, 8)), ("三八妇女节", .solar(3, 8)),
    ("植树节", .solar(3, 12)), ("愚人节", .solar(4, 1)), ("劳动节", .solar(5, 1)), ("五一劳动节", .solar(5, 1)),
    ("国际劳动节", .solar(5, 1)), ("青年节", .solar(5, 4)), ("五四青年节", .solar(5, 4)), ("儿童节", .solar(6, 1)),
    ("六一儿童节", .solar(6, 1)), ("建党节", .solar(7, 1)), ("建军节", .solar(8, 1)), ("八一建军节", .solar(8, 1)),
    ("教师节", .solar(9, 10)), ("国庆节", .solar(10, 1)), ("国庆", .solar(10, 1)), ("平安夜", .solar(12, 24)),
    ("圣诞节", .solar(12, 25)), ("圣诞", .solar(12, 25)), ("新年", .solar(1, 1)),
    ("母亲节", .weekday(month: 5, nth: 2, weekday: 7)), ("父亲节", .weekday(month: 6, nth: 3, weekday: 7)),
    ("感恩节", .weekday(month: 11, nth: 4, weekday: 4)),
    ("春节", .lunar(1, 1)), ("新春", .lunar(1, 1)), ("大年初一", .lunar(1, 1)), ("元宵节", .lunar(1, 15)), ("元宵", .lunar(1, 15)),
    ("端午节", .lunar(5, 5)), ("端午", .lunar(5, 5)), ("七夕节", .lunar(7, 7)), ("七夕", .lunar(7, 7)),
    ("中元节", .lunar(7, 15)), ("中秋节", .lunar(8, 15)), ("中秋", .lunar(8, 15)), ("重阳节", .lunar(9, 9)),
    ("腊八节", .lunar(12, 8)), ("腊八", .lunar(12, 8)), ("小年", .lunar(12, 23)),
    ("除夕", .lunarEve), ("除夕夜", .lunarEve), ("大年三十", .lunarEve), ("大年夜", .lunarEve),
  ]

  /// Festival names that are also given names or start other words: a date only before one
  /// of `festivalContext` (`国庆期间`, not `杨国庆等`).
  static let festivalsNeedingContext: Set<String> = ["国庆", "新年", "新春", "中秋", "端午", "元宵", "圣诞"]
  static let festivalContext = ScalarSet(characters: "期假前后当长黄节日夜晚，。、；！）)”\"\n 至到和与及前夕")

  /// Relative and anaphoric words that, followed by these, are part of another word
  /// (`明天然气` is 探明 + 天然气, `光明日报`, `同日而语`).
  static let notRelativeAfter: [String] = ["然", "报", "而语", "本", "头条"]

  /// Named lunar months (`正月`, `腊月`); 元月 is January of the Gregorian year.
  static let namedMonths: [(word: String, month: Int, lunar: Bool)] = [
    ("正月", 1, true), ("腊月", 12, true), ("冬月", 11, true), ("元月", 1, false),
  ]

  /// Reign and era names with their first year: `康熙二十年` is 1681, `民国三年` 1914.
  static let reigns: [(word: String, firstYear: Int)] = [
    ("民国", 1912), ("宣统", 1909), ("光绪", 1875), ("同治", 1862), ("咸丰", 1851), ("道光", 1821), ("嘉庆", 1796),
    ("乾隆", 1736), ("雍正", 1723), ("康熙", 1662), ("顺治", 1644), ("崇祯", 1628), ("万历", 1573), ("嘉靖", 1522),
    ("永乐", 1403), ("洪武", 1368), ("开元", 713), ("神龙", 705), ("贞观", 627),
  ]

  /// Words saying the month and day after them are lunar.
  static let lunarMarks: [String] = ["农历", "阴历"]

  /// `上世纪`, `本世纪`: centuries relative to the reference year.
  static let relativeCenturies: [(word: String, offset: Int)] = [("上世纪", -1), ("本世纪", 0), ("上个世纪", -1)]

  /// After a century or decade, these qualify it inside the span (`21世纪初`, `90年代末期`):
  /// its first, middle or last part (a decade's first three years, a century's first twenty).
  static let eraQualifiers: [(word: String, part: YearPeriod)] = [
    ("初期", .start), ("前期", .start), ("初", .start), ("中期", .middle), ("中叶", .middle), ("末期", .end),
    ("后期", .end), ("末", .end),
  ]

  /// Words that, right after `N世纪`, show the text is a name (`21世纪经济报道`), not a date.
  static let centuryNameHeads: [String] = [
    "经济", "报", "大厦", "广场", "公园", "中学", "小学", "学校", "出版", "集团", "公司", "城", "杯", "坛", "金",
    "福克斯", "影业", "网", "英才", "不动产", "大道", "酒店",
  ]

  /// Units of `N年前`, `三天后`.
  static let agoUnits: [(word: String, unit: RelativeUnit)] = [
    ("年", .year), ("个月", .month), ("天", .day), ("周", .week),
    ("个星期", .week), ("星期", .week), ("个礼拜", .week),
  ]
  /// `前` (ago) and `后` (later) after `N年`; `以后`/`以前` are open ranges, not dates.
  static let agoDirections: [(word: String, sign: Int)] = [("前", -1), ("后", 1), ("之后", 1)]

  /// Range connectors between two dates (`2月6日至8日`, `8月25日—27日`).
  static let rangeConnectors: [String] = [
    "至", "到", "-", "－", "—", "——", "–", "~", "～", "〜", "−",
  ]

  /// `2015年和2018年之间`: a range written as two points and 之间.
  static let betweenJoiners: [String] = ["和", "与"]
  static let betweenEnds: [String] = ["之间", "间"]

  /// Separators of numeric dates (`2023-08-25`, `2023/8/25`, `2023.8.25`).
  static let numericSeparators = ScalarSet(characters: "-/.－／．")
  /// Clock separators (`17:52`, `17：52`).
  static let clockSeparators = ScalarSet(characters: ":：")

  /// Before a number, these make it an ordinal, a count or a span of time, not a date.
  static let notDateBefore = ScalarSet(characters: "第每前近逾满隔")
  /// Before a Chinese numeral, these too (`数日`, `头三天`, `这一日`).
  static let notChineseDateBefore = ScalarSet(characters: "第每前近逾满隔约数几头余多这那整如复同")
  /// After a bare day (`17日`), these make it a span of time (`三日内`, `一日游`).
  static let notBareDayAfter = ScalarSet(characters: "内里游来间以之元币圆均")
  /// A bare Chinese-numeral day (`三日`) is a date only before a part of the day or one of
  /// these (`三日晚`, `一日电`, `十三日在`), or, from 二日 on, after the name of whoever acts
  /// on it (`国防部三日举行`).
  static let chineseBareDayBefore = ScalarSet(characters: "电起在至到，、")
  static let actorEnds = ScalarSet(characters: "局部社会院府委所团厂省市县国方台报署处馆军队党组")
}

/// Parts of the day and their TIMEX codes.
enum PartOfDay: String, Sendable {
  case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI", daytime = "DT"
}

/// Periods within a year and their TIMEX suffixes.
enum YearPeriod: String, Sendable {
  case start = "START", middle = "MID", end = "END", h1 = "H1", h2 = "H2", q1 = "Q1", q2 = "Q2", q3 = "Q3", q4 = "Q4"
  case spring = "SP", summer = "SU", fall = "FA", winter = "WI"
}

/// Periods within a month and their TIMEX suffixes.
enum MonthPeriod: String, Sendable {
  case d1 = "D1", d2 = "D2", d3 = "D3", start = "START", end = "END"
}

/// How a festival falls on the calendar.
enum FestivalRule: Sendable {
  case solar(Int, Int)
  case lunar(Int, Int)
  /// The last day of the lunar year (除夕): the day before the next 春节.
  case lunarEve
  /// The nth given weekday (1 = Monday … 7 = Sunday) of a month (母亲节).
  case weekday(month: Int, nth: Int, weekday: Int)
}

/// Units of relative dates (`9年前`).
enum RelativeUnit: Sendable {
  case year, month, week, day
}
