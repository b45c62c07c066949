/// How much each rule's evidence weighs when candidates overlap: the one table of rule →
/// weight (`OverlapResolver` maximises the sum of weight × length over the spans it keeps).
/// A rule without a row takes the row of its longest dotted prefix (`place.county.short` →
/// `place`); 1 is a plain match. Tuned on the dev sets as a whole; `--explain` prints the weight.
/// Recognizers whose rules weigh other than 1 read their weights here once and set them on
/// their candidates (`Candidate.weight`); a test checks that every candidate agrees with this table.
enum RuleWeights {
  /// `rule<TAB>weight<TAB>why`.
  static let table = """
    org\t1\ta form or a known name
    org.known\t1\ta name in the lexicon
    org.club\t1\ta club named for its city, in sports news
    org.form\t1\tname + form (有限公司, 人民政府)
    org.defined\t1.3\tthe text defines it: (以下简称“X”)
    org.list\t0.8\ta member of a list of organizations (A、B、C等企业)
    org.repeat\t0.9\tthe same string as a name found on strong evidence
    org.cue\t0.8\tno form: a context cue (a list of companies, a stock code, a role after it)
    place\t1\ta gazetteer name
    person\t0.85\ta personal name (PersonEvidence scores it first): a known organization or place of the same span wins
    """

  private static let weights = parseWeightTable(table, name: "RuleWeights")

  /// The weight of `rule`: its own row, else its longest dotted prefix's, else 1.
  static func weight(of rule: String) -> Double {
    var name = Substring(rule)
    while true {
      if let weight = weights[String(name)] { return weight }
      guard let dot = name.lastIndex(of: ".") else { return 1 }
      name = name[..<dot]
    }
  }
}

/// The rows of a `name<TAB>weight<TAB>why` table as name → weight; a malformed row is a
/// programming error.
func parseWeightTable(_ table: String, name: String) -> [String: Double] {
  var weights: [String: Double] = [:]
  for line in table.split(separator: "\n") {
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count >= 2, let weight = Double(fields[1]) else { preconditionFailure("\(name): bad row \(line)") }
    weights[String(fields[0])] = weight
  }
  return weights
}
