import Testing
@testable import ZhExtract

/// Dates in Duckling's style: a fixed reference date, many surface forms, each the whole
/// input, so the entity must span it exactly and resolve to the TIMEX given.
struct DateCorpusTests {
  static let reference = CalendarDay(year: 2023, month: 8, day: 25)  // a Friday

  struct Case: Sendable, CustomStringConvertible {
    let timex: String
    let forms: [String]
    var description: String { forms.first ?? "" }
    init(_ timex: String, _ forms: [String]) { (self.timex, self.forms) = (timex, forms) }
  }

  static let corpus: [Case] = [
    // Absolute days in every numeral style and separator.
    Case("2023-08-25", ["2023年8月25日", "２０２３年８月２５日", "二〇二三年八月二十五日", "二零二三年八月二十五日", "2023-08-25",
                        "2023/8/25", "2023.8.25", "2023年08月25日", "2023 年 8 月 25 日", "2023年8月25号"]),
    Case("1998-01-16", ["1998年1月16日", "１９９８年１月１６日", "一九九八年一月十六日"]),
    Case("1980-10-30", ["一九八○年十月三十日"]),
    // Partial dates take the reference year (and month).
    Case("2023-01-16", ["１月１６日", "1月16日", "一月十六日", "01月16日", "1月16号"]),
    Case("2023-08-17", ["17日", "１７日"]),
    Case("2023-03", ["3月", "三月", "3月份", "３月份"]),
    Case("2017-03", ["2017年3月", "二〇一七年三月"]),
    Case("2019", ["2019年", "二〇一九年", "2019 年"]),
    Case("2007", ["07年", "零七年"]),
    Case("1998-04", ["98年4月"]),
    // Time of day in the same span.
    Case("2023-02-08TMO", ["2月8日上午", "2月8日早上", "2月8日清晨"]),
    Case("2023-02-08TAF", ["2月8日下午"]),
    Case("2023-02-08TEV", ["2月8日晚上", "2月8日晚"]),
    Case("2023-02-08TNI", ["2月8日凌晨"]),
    Case("2023-08-31T17:52", ["08月31日 17:52", "8月31日17:52", "8月31日下午5:52", "8月31日17时52分", "8月31日下午5点52分"]),
    Case("2023-08-31T10:00:21", ["2023年08月31日10:00:21", "2023-08-31 10:00:21"]),
    Case("2023-01-24T20:00", ["１月２４日２０时", "1月24日晚上8点", "1月24日晚8点钟"]),
    Case("2023-01-02T15:15", ["１月２日下午３时１５分", "1月2日下午3点一刻"]),
    Case("2023-01-05T18:30", ["1月5日晚上六点半"]),
    // Ranges are one entity.
    Case("(2023,2030)", ["2023-2030年", "2023年至2030年", "2023—2030年", "二〇二三年至二〇三〇年"]),
    Case("(2023-02-06,2023-02-08)", ["2月6日至8日", "2月6日到8日", "2月6日—8日", "2月6-8日"]),
    Case("(2023-08-25,2023-08-27)", ["8月25日—27日", "8月25日至27日"]),
    Case("(2023-08-28,2023-09-03)", ["8月28日至9月3日"]),
    Case("(2017-08,2017-11)", ["2017年8月至11月", "2017年8-11月"]),
    // Periods within a year or a month.
    Case("2025-END", ["2025年末", "2025年底", "2025年年底"]),
    Case("1998-START", ["1998年初", "1998年年初"]),
    Case("2023-H1", ["2023年上半年", "上半年", "今年上半年"]),
    Case("2023-H2", ["下半年"]),
    Case("2023-Q3", ["2023年第三季度", "第三季度", "三季度", "2023年三季度"]),
    Case("2023-Q1", ["一季度", "第一季度", "2023年一季度", "今年一季度"]),
    Case("2023-FA", ["2023年秋季", "今年秋季", "今年秋天"]),
    Case("2022-WI", ["去年冬天"]),
    Case("2023-08-D3", ["8月下旬", "八月下旬"]),
    Case("2023-08-D1", ["8月上旬"]),
    Case("2023-10-END", ["10月底"]),
    // Relative dates.
    Case("2023-08-25", ["今天", "今日", "本日"]),
    Case("2023-08-24", ["昨天", "昨日"]),
    Case("2023-08-23", ["前天"]),
    Case("2023-08-26", ["明天", "明日"]),
    Case("2023", ["今年"]),
    Case("2022", ["去年"]),
    Case("2021", ["前年"]),
    Case("2024", ["明年", "来年"]),
    Case("2023-08", ["本月", "这个月"]),
    Case("2023-07", ["上月", "上个月"]),
    Case("2023-09", ["下月", "下个月"]),
    Case("2023-06", ["上上个月", "上上月"]),
    Case("2023-10", ["下下个月"]),
    Case("2022", ["上年", "上一年"]),
    Case("2022-END", ["上年末", "上年底"]),
    Case("2023-Q3", ["本季度", "这个季度"]),
    Case("2023-Q2", ["上季度", "上个季度", "上一季度"]),
    Case("2024-Q1", ["下下个季度"]),
    Case("2023-09-11", ["下下下周一"]),
    Case("2023-W35", ["下周", "下个星期"]),
    Case("2023-W33", ["上周"]),
    Case("2023-09-02", ["下周六", "下周星期六"]),
    Case("2014", ["9年前", "九年前"]),
    Case("2020", ["三年前", "3年前"]),
    Case("2023-08-28", ["三天后", "3天后"]),
    Case("2023-10", ["两个月后"]),
    Case("2022-09", ["去年9月", "去年九月"]),
    Case("2023-08-24TEV", ["昨晚", "昨天晚上"]),
    Case("2023-08-26TMO", ["明天上午"]),
    Case("2023-08-10", ["本月10日", "本月十日"]),
    // Festivals and lunar dates through the Chinese calendar.
    Case("2023-01-22", ["春节", "2023年春节", "今年春节"]),
    Case("2023-02-05", ["元宵节", "农历正月十五", "正月十五", "2023年元宵节"]),
    Case("2023-06-22", ["端午节"]),
    Case("2023-09-29", ["中秋节", "农历八月十五"]),
    Case("2023-10-01", ["国庆节"]),
    Case("2023-01-01", ["元旦"]),
    Case("2024-02-02", ["腊月二十三"]),
    Case("2024-02-09", ["除夕"]),
    Case("2022-02-01", ["2022年春节", "去年春节"]),
    Case("2023-05-14", ["母亲节"]),
    // Centuries and decades.
    Case("20XX", ["21世纪", "二十一世纪"]),
    Case("19XX", ["20世纪", "上世纪"]),
    Case("199X", ["90年代", "九十年代", "上世纪90年代", "二十世纪九十年代", "1990年代"]),
    // Reign years.
    Case("1681-09", ["康熙二十年9月"]),
    Case("1914", ["民国三年"]),
  ]

  static let extractor = try! EntityExtractor()

  static func dates(_ text: String, reference: CalendarDay? = reference) -> [Entity] {
    extractor.extract(from: text, kinds: [.date], context: ExtractionContext(referenceDate: reference))
  }

  static func timex(_ entity: Entity) -> String? {
    if case .date(let value) = entity.value { return value.timex }
    return nil
  }

  @Test(arguments: corpus)
  func everyFormGivesTheValue(_ entry: Case) throws {
    for form in entry.forms {
      let entities = Self.dates(form)
      try #require(entities.count == 1, "\(form): \(entities.map(\.text))")
      #expect(entities[0].text == form, "\(form)")
      #expect(Self.timex(entities[0]) == entry.timex, "\(form)")
    }
  }

  /// Dates inside sentences: the span stops where the date does.
  @Test(arguments: [
    ("新华社北京１月２０日电（记者张三）", "１月２０日", "2023-01-20"),
    ("该项目将于明年起全面推开", "明年", "2024"),
    ("会议于8月30日晚举行", "8月30日晚", "2023-08-30TEV"),
    ("截至2023年6月底，全市共有", "2023年6月底", "2023-06-END"),
    ("据悉，1998年，该厂扭亏为盈", "1998年", "1998"),
    ("他于1949年10月1日出生", "1949年10月1日", "1949-10-01"),
    ("比去年同期增长", "去年", "2022"),
    ("预计2024年第一季度完工", "2024年第一季度", "2024-Q1"),
    ("１２日上午，代表们分组讨论", "１２日上午", "2023-08-12TMO"),
    ("这家工厂2015年和2018年之间的产量", "2015年和2018年之间", "(2015,2018)"),
    ("上周一直下雨", "上周", "2023-W33"),
  ])
  func datesInSentences(_ text: String, _ span: String, _ timex: String) throws {
    let entities = Self.dates(text)
    try #require(entities.count == 1, "\(text): \(entities.map(\.text))")
    #expect(entities[0].text == span)
    #expect(Self.timex(entities[0]) == timex)
  }

  /// Not dates: durations, ordinals, counts, vague words, dates inside names.
  @Test(arguments: [
    "三年", "10年来", "近年来", "24小时", "60周岁", "第三年", "第9号台风", "2000名", "目前", "未来", "近日", "当前",
    "此前", "今后", "以来", "21世纪经济报道", "三日内", "一日游", "日复一日", "数十年如一日", "光明日报", "探明天然气",
    "不可同日而语", "杨国庆等出席", "周天鸿教授", "3号线", "5号楼", "一年四季", "1日元", "192.168.255.255",
    "888-000-9999", "1996年度奖金", "10日均线", "马上一年", "同比增长12.5%", "他上年纪了", "早上年轻人", "上一年级", "市场上年味浓厚", "走向明天", "城市的明天",
  ])
  func negatives(_ text: String) {
    let found = Self.dates(text)
    #expect(found.isEmpty, "\(text): \(found.map(\.text))")
  }

  @Test func valuesCarryGranularityAndInterval() throws {
    let cases: [(String, DateValue)] = [
      ("2月8日上午", DateValue(timex: "2023-02-08TMO", granularity: .partOfDay, start: "2023-02-08T06:00", end: "2023-02-08T12:00")),
      ("2023年8月25日", DateValue(timex: "2023-08-25", granularity: .day, start: "2023-08-25", end: "2023-08-26")),
      ("2023年08月31日10:00:21", DateValue(timex: "2023-08-31T10:00:21", granularity: .second, start: "2023-08-31T10:00:21", end: "2023-08-31T10:00:22")),
      ("2023年上半年", DateValue(timex: "2023-H1", granularity: .half, start: "2023-01-01", end: "2023-07-01")),
      ("2月6日至8日", DateValue(timex: "(2023-02-06,2023-02-08)", granularity: .range, start: "2023-02-06", end: "2023-02-09")),
      ("90年代", DateValue(timex: "199X", granularity: .decade, start: "1990-01-01", end: "2000-01-01")),
      ("8月下旬", DateValue(timex: "2023-08-D3", granularity: .tenDays, start: "2023-08-21", end: "2023-09-01")),
      ("12月31日晚上", DateValue(timex: "2023-12-31TEV", granularity: .partOfDay, start: "2023-12-31T18:00", end: "2024-01-01T00:00")),
    ]
    for (text, value) in cases {
      let entities = Self.dates(text)
      try #require(entities.count == 1, "\(text)")
      #expect(entities[0].value == .date(value), "\(text)")
    }
  }

  @Test func withoutReferenceTheYearStaysUnknown() throws {
    let cases = [("8月25日", "XXXX-08-25"), ("元宵节", "XXXX-L01-15"), ("去年", "XXXX"), ("17日", "XXXX-XX-17"), ("2019年", "2019")]
    for (text, timex) in cases {
      let entities = Self.dates(text, reference: nil)
      try #require(entities.count == 1, "\(text)")
      #expect(Self.timex(entities[0]) == timex, "\(text)")
      if case .date(let value) = entities[0].value, timex.hasPrefix("X") { #expect(value.start == nil) }
    }
  }

  @Test func anaphoricYearsFollowTheLastYearWritten() throws {
    let text = "该厂2019年3月建成投产，同年9月扩建，次年又新建一条生产线。"
    let found = Self.dates(text).map { ($0.text, Self.timex($0) ?? "") }
    #expect(found.map(\.0) == ["2019年3月", "同年9月", "次年"])
    #expect(found.map(\.1) == ["2019-03", "2019-09", "2020"])
  }

  @Test func theDatelineIsTheReferenceWhenNoneIsGiven() throws {
    let text = try FixtureFiles.text("news/harbour-opening.txt")
    let found = Self.extractor.extract(from: text, kinds: [.date]).map { ($0.text, Self.timex($0) ?? "") }
    let expected: [(String, String)] = [
      ("2023年08月31日10:00:21", "2023-08-31T10:00:21"), ("8月30日上午", "2023-08-30TMO"), ("去年", "2022"),
      ("2023年上半年", "2023-H1"), ("同年9月", "2023-09"), ("今年国庆节", "2023-10-01"), ("9月1日至3日", "(2023-09-01,2023-09-03)"),
      ("2025年底", "2025-END"), ("上世纪80年代", "198X"), ("8月下旬", "2023-08-D3"), ("明天", "2023-09-01"),
    ]
    #expect(found.map(\.0) == expected.map(\.0))
    #expect(found.map(\.1) == expected.map(\.1))
  }
}
