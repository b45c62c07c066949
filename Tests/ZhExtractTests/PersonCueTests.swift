import Testing
@testable import ZhExtract

/// Persons found by each cue of `PersonEvidence`, with exact spans; and the names that look
/// like persons and are not. Every sentence is written for this test.
struct PersonCueTests {
  let extractor: EntityExtractor
  init() throws { extractor = try EntityExtractor() }

  /// The persons of `text` as (text, scalar offsets).
  func persons(_ text: String) -> [String] {
    extractor.extract(from: text, kinds: [.person, .org, .place]).filter { $0.kind == .person }.map {
      "\($0.text)@\($0.scalarOffsets.lowerBound)"
    }
  }

  @Test(arguments: [
    // A role or title right before the name, however long the role.
    ("公司创意总监余为群介绍了新品。", ["余为群@6"]),
    ("董事长兼总经理周立新主持会议。", ["周立新@7"]),
    ("区委副书记、区长邵德明出席签约仪式。", ["邵德明@8"]),
    ("球队中场核心莫德里奇传出好球。", ["莫德里奇@6"]),
    ("日本首相桥本龙太郎今天会见了代表团。", ["桥本龙太郎@4"]),
    // A word that joins the name to the sentence.
    ("他没有给张捷买到车票。", ["张捷@4"]),
    ("会议由刘海涛主持。", ["刘海涛@3"]),
    // Bylines and credits.
    ("本报讯（记者 韩冬梅）昨天，新馆开放。", ["韩冬梅@7"]),
    ("图为开工现场。孙建国 摄", ["孙建国@7"]),
    ("作者：林小雨", ["林小雨@3"]),
    ("编辑/赵一鸣", ["赵一鸣@3"]),
    ("通讯员许志坚报道，大桥合龙。", ["许志坚@3"]),
    ("文/图 记者 张庆华 陶一凡", ["张庆华@7", "陶一凡@11"]),
    // Lists with 、 and 和.
    ("冯国强、陆敏和郑海燕出席了会议。", ["冯国强@0", "陆敏@4", "郑海燕@7"]),
    // Speech and action verbs after the name, with no title.
    ("许文涛说，订单已经排到明年。", ["许文涛@0"]),
    ("据高晓燕介绍，园区已有两百家企业。", ["高晓燕@1"]),
    ("梁志伟表示，将加快审批。", ["梁志伟@0"]),
    ("何静告诉记者，店里生意不错。", ["何静@0"]),
    // Compound surnames; a two-character given name that is also a word (志强).
    ("欧阳晓峰说，比赛很艰苦。", ["欧阳晓峰@0"]),
    ("上官云飞出席了开幕式。", ["上官云飞@0"]),
    ("厂长黄志强说，产量翻了一番。", ["黄志强@2"]),
    // Foreign names: in the list of well-known names, or by their characters and a cue.
    ("鲍伯狄伦获得了诺贝尔文学奖。", ["鲍伯狄伦@0"]),
    ("罗文塔尔表示支持这项计划。", ["罗文塔尔@0"]),
    ("贝巴托夫在第20分钟破门。", ["贝巴托夫@0"]),
    ("俄罗斯总统普京和以色列总理内塔尼亚胡通了电话。", ["普京@5", "内塔尼亚胡@13"]),
    // After a title, a foreign name may hold a letter the transliteration list lacks (明), inside it.
    ("协会副主席卡明斯基致辞。", ["卡明斯基@5"]),
    ("友好协会主席埃米略·德·孔西里斯出席。", ["埃米略·德·孔西里斯@6"]),
    ("主帅巴托洛梅-马克斯下课。", ["巴托洛梅-马克斯@2"]),
    // Names in Latin letters: a spelling in brackets after a name, a name after a role.
    ("副队长阿克曼（ayhanakman）也上场了。", ["阿克曼@3", "ayhanakman@7"]),
    ("游戏编剧CoreyMay介绍了新作。", ["CoreyMay@4"]),
    // A name found on a cue, again where the text repeats it; its given name alone before a verb.
    ("市长王立群到场。王立群强调安全第一。", ["王立群@2", "王立群@8"]),
    ("记者 孙晓东 报道。晓东说，这里变化很大。", ["孙晓东@3", "晓东@10"]),
  ] as [(String, [String])])
  func findsEachCue(_ text: String, _ expected: [String]) {
    #expect(persons(text) == expected, "\(text)")
  }

  /// A surname with a form of address, titles and roles alone, and brands and places that
  /// look like names are no persons.
  @Test(arguments: [
    "陈女士告诉记者，她等了两个小时。", "王先生和李老师都来了。", "张师傅正在修车。", "刘市长一行考察了园区。",
    "张家港的集装箱吞吐量增长了。", "王府井大街人流如织。", "李宁公司发布了新款跑鞋。",
    "总经理和董事长都出席了会议。", "安静的宿舍里没有人。", "他倾向于佛家思想。", "《鹿鼎记》是一部小说。",
    "厄尔尼诺现象影响了今年的降雨。", "我们用iPhone说话。", "他开着一辆桑塔纳来到工地。", "车队向晏家镇方向延伸。",
  ])
  func negatives(_ text: String) {
    #expect(persons(text).isEmpty, "\(text): \(persons(text))")
  }

  /// The evidence table parses, and every cue the recognizer reads has a row.
  @Test func evidenceTableIsComplete() {
    #expect(PersonEvidence.bias < 0)
    #expect(PersonEvidence.role > 0 && PersonEvidence.byline > 0 && PersonEvidence.cueAfter > 0)
    #expect(PersonEvidence.icuWord < 0 && PersonEvidence.hanBefore < 0)
  }

  /// The character model: surnames, given-name characters and transliteration characters.
  @Test func nameModelOdds() {
    let model = PersonNameModel.shared
    func odds(_ c: Character, _ read: (UInt32) -> Double?) -> Double { read(c.unicodeScalars.first!.value) ?? -9 }
    #expect(odds("王", model.surnameOdds) > 1.5)
    #expect(odds("敏", model.givenOdds) > 1)
    #expect(odds("的", model.givenOdds) < -1.5)
    #expect(odds("斯", model.foreignOdds) > 1.5)
  }
}
