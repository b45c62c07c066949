import Foundation
import Testing
@testable import ZhExtract

/// Many written forms → one exact value (Duckling-style corpus for the shared number parser).
struct NumberParserTests {
  static let corpus: [(value: String, forms: [String])] = [
    ("170", ["170", "１７０", "一百七十", "壹佰柒拾"]),
    ("1200", ["1,200", "1200", "一千二百", "一千二", "壹仟贰佰", "千二"]),
    ("48.8", ["48.8", "４８．８", "四十八点八"]),
    ("7.8", ["７·８", "7.8", "七点八"]),
    ("25000", ["两万五", "两万五千", "2.5万", "25,000", "贰万伍仟"]),
    ("320000000000", ["3200亿", "三千二百亿", "3.2千亿"]),
    ("3200000000000", ["3.2万亿", "三万二千亿", "三点二万亿"]),
    ("120000000", ["一亿二千万", "1.2亿", "1亿2千万", "一亿两千万"]),
    ("10005", ["一万零五", "10005"]),
    ("2023", ["二〇二三", "2023", "二零二三"]),
    ("20", ["廿", "二十"]),
    ("100000000", ["亿", "一亿", "万万"]),
    ("10000000", ["千万", "一千万"]),
    ("350", ["三百五", "三百五十"]),
    ("15000", ["15k", "1.5w"]),
    ("200000000", ["两个亿"]),
    ("-32", ["负三十二", "-32"]),
  ]

  @Test(arguments: corpus)
  func parsesEveryForm(_ entry: (value: String, forms: [String])) throws {
    for form in entry.forms {
      let number = try #require(ChineseNumber.parse(form), "\(form) did not parse")
      #expect(number.value == Decimal(string: entry.value), "\(form) → \(number.value)")
      #expect(number.approximation == .exact, "\(form)")
    }
  }

  @Test func approximationsCarryTheirRange() throws {
    let more = try #require(ChineseNumber.parse("三百多万"))
    #expect(more.approximation == .more)
    #expect(more.value == 3_000_000 && more.high == 4_000_000)

    let arabicMore = try #require(ChineseNumber.parse("3000多"))
    #expect(arabicMore.value == 3000 && arabicMore.high == 4000)

    let several = try #require(ChineseNumber.parse("几十万"))
    #expect(several.approximation == .several)
    #expect(several.low == 100_000 && several.high == 1_000_000)

    let teens = try #require(ChineseNumber.parse("十几"))
    #expect(teens.low == 10 && teens.high == 20)

    let pair = try #require(ChineseNumber.parse("三五百"))
    #expect(pair.approximation == .pair)
    #expect(pair.low == 300 && pair.high == 500)
  }

  @Test(arguments: ["", "万一", "数据", "多", "几", "元", "abc", "1.2.3"])
  func rejectsWhatIsNotOneNumber(_ text: String) {
    #expect(ChineseNumber.parse(text) == nil, "\(text)")
  }

  @Test func readsAtAnOffsetAndStopsAtTheEnd() throws {
    let text = ScalarText("总投资170亿元")
    let number = try #require(NumberParser.parse(text, at: 3))
    #expect(number.range == 3..<7)
    #expect(number.value == 17_000_000_000)
    #expect(number.scaleSuffix == 100_000_000)
  }
}
