import Testing
@testable import ZhExtract

/// Personal names (an extra kind): each sentence with the exact names it holds.
struct PersonTests {
  let extractor: EntityExtractor
  init() throws { extractor = try EntityExtractor() }

  func persons(_ text: String) -> [String] {
    extractor.extract(from: text, kinds: [.person]).filter { $0.kind == .person }.map(\.text)
  }

  @Test(arguments: [
    // A byline, a title before the name, a verb before it.
    ("新华社北京１月１日电（记者 雷卫华）国务院总理李鹏今天会见了王明元。", ["雷卫华", "李鹏", "王明元"]),
    // A speech verb after the name; the same name again without a cue.
    ("梅州市副市长陈建华表示，项目年底前开工。陈建华还到园区看望了工人。", ["陈建华", "陈建华"]),
    // A title that makes a word with the name's last character (民主).
    ("江泽民主席指出，要坚定不移地推进改革。", ["江泽民"]),
    // A list with notes.
    ("出席会议的有秦德文、袁荣贵（女）、栗寿山等同志。", ["秦德文", "袁荣贵", "栗寿山"]),
    // Foreign names beside a title or a speech verb; a country's name is not one.
    ("美国总统克林顿说，阿拉法特表示愿意继续谈判。俄罗斯表示欢迎。", ["克林顿", "阿拉法特"]),
    // A foreign name wins over the Chinese name inside it (雷蒂安); a given character outside
    // the list beside a cue (慕).
    ("克雷蒂安总理和陈慕华说，钱其琛外长出席。", ["克雷蒂安", "陈慕华", "钱其琛"]),
    // A surname alone before a title is no name (the contract: 刘市长, 陈女士).
    ("江主席今天会见了王先生。江水滔滔。", []),
    // Names so well known that no cue is needed.
    ("深入学习邓小平理论，毛泽东思想和周恩来精神。", ["邓小平", "毛泽东", "周恩来"]),
    // A photo credit.
    ("群众在广场上观看升旗仪式。（新华社记者王建民摄）", ["王建民"]),
  ] as [(String, [String])])
  func findsNames(_ text: String, _ expected: [String]) {
    #expect(persons(text) == expected)
  }

  /// Every fixture page: its byline's reporter and nobody else.
  @Test func fixturePagesHoldOnlyTheirReporters() throws {
    let expected = [
      "chengdu-foreign-trade": [], "hangzhou-lunar-festival": [], "harbour-opening": ["王晓明"], "longhua-cooperation": ["李华"],
      "meizhou-investment": ["王明元"], "shenzhen-longhua-park": ["陈晓岚"], "xiong-an-construction": [],
    ]
    for (page, names) in expected {
      #expect(persons(try FixtureFiles.text("news/\(page).txt")) == names, "\(page)")
    }
  }

  @Test func spansAreExact() throws {
    let found = extractor.extract(from: "国务院总理李鹏今天会见了王明元。", kinds: [.person])
    #expect(found.map(\.scalarOffsets) == [5..<7, 12..<15])
  }

  /// Common words that start with a surname are no names.
  @Test(arguments: [
    "该银行行长说，利率不变。", "这是一个历史传说。", "双方都表示将加强合作。", "介乎于小说与随笔之间。", "黄金在上周涨价。",
    "全国委员会第一次会议", "数万群众参加了升旗仪式。", "距银河系５０００万光年。", "连日来，各界纷纷伸出援手。",
    "老人都能讲出当年的故事。", "车队向晏家镇方向延伸。", "上海吴小姐告诉记者。", "我们在宣传中提出了新口号。", "鹏程万里。", "一片汪洋。", "华盛顿1月5日电",
  ])
  func negatives(_ text: String) {
    #expect(persons(text).isEmpty, "\(text): \(persons(text))")
  }
}
