/// The words of percentages: signs after a number, fraction words before it.
enum PercentWords {
  /// After the number: the factor to percent and whether it counts percentage points.
  static let suffixes: [(word: String, factor: String, points: Bool)] = [
    ("%", "1", false), ("％", "1", false), ("‰", "0.1", false), ("个百分点", "1", true), ("個百分點", "1", true),
    ("成", "10", false), ("折", "10", false),
  ]

  /// Before the number (`百分之七十五`), with the factor to percent.
  static let prefixes: [(word: String, factor: String)] = [
    ("百分之", "1"), ("千分之", "0.1"), ("万分之", "0.01"), ("萬分之", "0.01"),
  ]

  /// 成 and 折 count tenths only after a small number, and not in these words.
  static let tenthsWords: Set<String> = ["成", "折"]
  static let notTenthsAfter = ScalarSet(characters: "不本员功为立长绩果效交")
}
