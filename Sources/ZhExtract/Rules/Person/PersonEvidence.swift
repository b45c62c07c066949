/// The evidence that a surname and one or two characters after it are a person's name, and
/// what each piece weighs: the one table of person cues (`PersonRecognizer+Scoring`). A
/// candidate is a name when the sum of its evidence is at least zero. The figures are log10
/// odds, as the character model's are; tuned on the dev sets as a whole.
enum PersonEvidence {
  /// `cue<TAB>weight<TAB>why`.
  static let table = """
    bias\t-2.75\tevery candidate: a surname character alone is no evidence
    name.surname\t1.3\ttimes the surname's odds (王 2.0, 于 0.8)
    name.given\t0.8\ttimes each given-name character's odds (敏 1.5, 的 -2.1)
    name.given-unseen\t-0.2\ta Han given-name character the model has not seen (喆, 劼)
    name.compound-surname\t1\t欧阳, 司马, 诸葛, 上官 …
    name.known\t4.5\ta name of the list of public figures (李鹏, 钱其琛)
    name.lexicon\t0.5\ta name of jieba's lexicon (郑板桥, 郎平), which also holds some words
    name.one-given\t-0.4\ta one-character given name (王刚) is rarer than a two-character one
    name.common-word\t-2.5\tthe surname and first given character are a frequent word (高声, 安定)
    name.common-pair\t-2.75\ttwo of its characters are a very frequent word (数万群众, 宣传中)
    name.place\t-1.5\ta place's name covers it (张家港, 王府井)
    name.facility\t-2.5\tit ends as a place or a building does (武侯祠, 巴厘岛, 景恒街)
    name.foreign-run\t-3.5\ta transliterated name runs on after it (费尔迪|南·沙德尔)
    foreign.character\t0.7\tthe odds from which a character the hand list lacks counts as a transliteration's (逊, 岑)
    foreign.odds\t0.7\ta transliterated name's characters: their mean odds, when none is a mark (斯 尔 夫)
    foreign.alone\t-3.2\ta transliterated name with no title or verb beside it: the words around weigh in
    foreign.alone-odds\t0.8\ttimes its characters' mean odds
    foreign.mark\t0.9\tit holds a character used almost only in transliterations (斯 尔 娜)
    foreign.lexicon\t1.1\ta transliterated name of jieba's lexicon (托雷斯)
    foreign.dotted\t2\tparts joined by a dot (迈克尔·坎宁安)
    foreign.long\t0.3\tthree characters or more
    left.role\t3.25\ta title or role right before it (总理李鹏, 创意总监余为群, 中场核心莫德里奇)
    left.byline\t2.25\ta byline or credit before it (记者 雷卫华, 通讯员吴治涯, 作者：张慧敏, 编辑/王芳)
    left.byline-next\t2.5\tthe second name of a byline (记者 张庆华 李涛)
    left.bracket\t1.05\tan opening bracket (（张三）after a dateline, a list of authors)
    left.particle\t0.6\t给 由 同 向 被 让 跟 请 (没有给张捷买到, 由刘海涛主持)
    left.conjunction\t-0.4\t和 与 及 对 把 将, which join nouns as often as names
    left.list-name\t1.25\tafter 、 or 和 that follows a name (冯国强、陆敏和郑海燕)
    left.list\t-0.25\tafter 、 (张三、李四)
    left.clause\t0.1\tat the start of a clause or a line
    left.function-word\t-0.5\tafter a function word (受伤的托雷斯): the edge is clean, the name unproven
    left.title-mark\t-2\tright after 《: a work's title (《孟子》, 《鹿鼎记》)
    left.word\t-0.75\tafter a frequent word (员工|严守): a clean edge
    left.preposition\t-2.5\ta surname that is also a preposition, after another Han character (宿于祠内, 倾向于佛家)
    left.han-unlikely\t-1\tafter a Han character seldom in names (odds ≤ -0.3, no surname): likely a word's end
    left.han\t-1.5\tafter another Han character that is no cue (the name may be part of a word)
    right.cue\t2.75\ta speech verb, title or action after it (王明元说, 李鹏总理, 某某介绍)
    right.cue-short\t1.7\ta one-character verb after it (说, 称, 摄), which may also end a word
    right.credit\t3\ta photo credit after a space (陈超 摄)
    right.list\t1.75\tbefore 、 or 和 and another name (张三、李四和王五)
    right.follower\t0.6\tpunctuation, a function word or a common verb's first character after it
    right.next-word\t-0.2\tbefore a frequent word (张捷|赶到): a clean edge
    right.han-unlikely\t-0.75\tbefore a Han character seldom in names (有, 相, 之): likely the next word
    right.han\t-2\tanother Han character after it that is no cue
    right.word\t-0.5\tits last character and the next one are a frequent word (于小说)
    icu.word\t-2.5\tICU's dictionary holds the surname and the next character as one word (安静, 宿舍, 高尔夫)
    icu.crossed\t-2\tICU's word break puts a word across its first or last edge
    icu.unknown\t0\tICU cuts all three characters apart, as it does unknown names
    """

  private static let weights = parseWeightTable(table, name: "PersonEvidence")

  static func weight(_ cue: String) -> Double {
    guard let weight = weights[cue] else { preconditionFailure("PersonEvidence: no row \(cue)") }
    return weight
  }

  static let bias = weight("bias")
  static let surname = weight("name.surname")
  static let given = weight("name.given")
  static let givenUnseen = weight("name.given-unseen")
  static let compoundSurname = weight("name.compound-surname")
  static let oneGiven = weight("name.one-given")
  static let commonWord = weight("name.common-word")
  static let commonPair = weight("name.common-pair")
  static let place = weight("name.place")
  static let role = weight("left.role")
  static let byline = weight("left.byline")
  static let bylineNext = weight("left.byline-next")
  static let bracket = weight("left.bracket")
  static let particle = weight("left.particle")
  static let conjunction = weight("left.conjunction")
  static let listAfterName = weight("left.list-name")
  static let listBefore = weight("left.list")
  static let clause = weight("left.clause")
  static let hanBeforeUnlikely = weight("left.han-unlikely")
  static let hanAfterUnlikely = weight("right.han-unlikely")
  static let hanBefore = weight("left.han")
  static let cueAfter = weight("right.cue")
  static let shortCueAfter = weight("right.cue-short")
  static let credit = weight("right.credit")
  static let listAfter = weight("right.list")
  static let follower = weight("right.follower")
  static let hanAfter = weight("right.han")
  static let wordAfter = weight("right.word")
  static let foreignCharacter = weight("foreign.character")
  static let foreignOdds = weight("foreign.odds")
  static let foreignAlone = weight("foreign.alone")
  static let foreignAloneOdds = weight("foreign.alone-odds")
  static let foreignMark = weight("foreign.mark")
  static let foreignLexicon = weight("foreign.lexicon")
  static let lexicon = weight("name.lexicon")
  static let foreignDotted = weight("foreign.dotted")
  static let foreignLong = weight("foreign.long")
  static let preposition = weight("left.preposition")
  static let known = weight("name.known")
  static let icuWord = weight("icu.word")
  static let facility = weight("name.facility")
  static let foreignRun = weight("name.foreign-run")
  static let functionWord = weight("left.function-word")
  static let titleMark = weight("left.title-mark")
  static let wordBefore = weight("left.word")
  static let nextWord = weight("right.next-word")
  static let icuCrossed = weight("icu.crossed")
  static let icuUnknown = weight("icu.unknown")
}
