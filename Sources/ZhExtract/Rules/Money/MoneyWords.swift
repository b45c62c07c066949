/// The words around a money amount: bounds, the money words that imply a currency, and the
/// words that show a 元 is not money.
enum MoneyWords {
  /// Written just before the amount, outside the span.
  static let boundsBefore: [(word: String, bound: MoneyValue.Bound)] = [
    ("约", .approx), ("大约", .approx), ("约为", .approx), ("近", .approx), ("将近", .approx), ("接近", .approx),
    ("超", .atLeast), ("逾", .atLeast), ("超过", .atLeast), ("突破", .atLeast), ("至少", .atLeast), ("高于", .atLeast),
    ("多于", .atLeast), ("大于", .atLeast), ("最低", .atLeast), ("不少于", .atLeast), ("不低于", .atLeast),
    ("达", .exact), ("达到", .exact),
    ("不到", .atMost), ("不足", .atMost), ("小于", .atMost), ("低于", .atMost), ("少于", .atMost), ("最高", .atMost),
    ("不超过", .atMost), ("不高于", .atMost), ("最多", .atMost),
  ]

  /// Written just after the amount, outside the span.
  static let boundsAfter: [(word: String, bound: MoneyValue.Bound)] = [
    ("以上", .atLeast), ("（含）以上", .atLeast), ("(含)以上", .atLeast), ("左右", .approx), ("上下", .approx),
    ("以下", .atMost), ("以内", .atMost),
  ]

  /// A number with a 万/亿 scale and no currency is money when one of these precedes it in the
  /// same clause (`引资50亿`).
  static let impliedCurrencyTriggers: [String] = [
    "投资", "引资", "融资", "募资", "资金", "基金", "规模", "金额", "总额", "签约额", "销售额", "交易额", "营收",
    "营业收入", "收入", "利润", "产值", "GDP", "预算", "补贴", "奖金", "薪酬", "年薪", "月薪", "工资", "资产",
    "市值", "估值", "成交额", "贷款", "出资", "拨款", "收益", "税收", "财政", "投入",
  ]

  /// Characters that end a clause: the implied-currency look-back stops at them.
  static let clauseEnds = ScalarSet(characters: "，。；！？,;!?\n：:、")

  /// How far back (in characters) a money word may stand before an implied amount.
  static let impliedLookBack = 16

  /// After a bare scaled number, these begin a measure word: the number counts something else
  /// (`50万人`, `3亿吨`), so no currency is implied.
  static let measureStarts = ScalarSet(
    characters: "人名个位户家辆台件套次股头只册份本条座所张部篇首项支度吨米里年天岁倍粒颗株棵斤箱桶瓶平立亩公千百万亿多余余字页元块角分美港日欧英韩卢澳台加泰行例")

  /// After 元 these make a word that is not a currency (`二元论`, `多元化`, `元旦`).
  static let notCurrencyAfterYuan = ScalarSet(
    characters: "化论素旦宵首帅老件器组音气宇朝代凶勋谋配胞语集极结性")

  /// Range connectors between two amounts (`5至10亿元`, `5-10亿元`, `5亿—10亿元`).
  static let rangeConnectors: [String] = [
    "至", "到", "-", "－", "—", "——", "–", "~", "～", "〜", "--", "—-",
  ]

  /// Written right after a range's low end: `1万(含)-5万元`.
  static let inclusiveMarks: [String] = ["(含)", "（含）"]

  /// `上千元`, `上万元`: 上 before a bare scale makes an approximate amount, inside the span.
  static let roughlyBeforeScale = "上"

  /// `壹仟玖佰圆整`: 整 closes a written-out amount, inside the span.
  static let wholeAmountMark = "整"

  /// `又` joins a whole amount and its cents (`两美元又三美分`).
  static let subunitJoiner = "又"
}
