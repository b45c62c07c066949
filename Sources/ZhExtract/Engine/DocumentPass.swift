/// What the whole document says of its names, applied to the candidates after every
/// recognizer and before the overlap resolution (it reads candidates, and the text only where
/// a name recurs):
/// - an abbreviation the text defines (`祖名豆制品股份有限公司(以下简称“祖名股份”)`) is kept
///   only right after the organization it names, and takes that organization's kind;
/// - a name found on a cue (`OrgCueRecognizer`) or defined by the text is the same
///   organization wherever the same string recurs (`org.repeat`).
enum DocumentPass {
  static func apply(to candidates: inout [Candidate], in text: ScalarText) {
    guard candidates.contains(where: { $0.kind == .org && isPropagated($0.rule) }) else { return }
    checkDefinitions(in: &candidates, text: text)
    addRepeats(to: &candidates, in: text)
  }

  /// Rules whose names recur unmarked: what the cue recognizer found and what the text defined.
  private static func isPropagated(_ rule: String) -> Bool {
    rule.hasPrefix("org.cue") || rule == definedRule
  }

  private static let definedRule = "org.defined"

  /// Keeps a definition only where an organization ends just before its parenthesis, with
  /// that organization's kind.
  private static func checkDefinitions(in candidates: inout [Candidate], text: ScalarText) {
    var orgsByEnd: [Int: Int] = [:]
    for (index, candidate) in candidates.enumerated() where candidate.kind == .org && candidate.rule != definedRule {
      if let other = orgsByEnd[candidate.end], candidates[other].length >= candidate.length { continue }
      orgsByEnd[candidate.end] = index
    }
    var removed: [Int] = []
    for index in candidates.indices where candidates[index].rule == definedRule {
      // The parenthesis that opens the definition: within a few characters before the alias.
      var open = candidates[index].start - 1
      while open > candidates[index].start - 8, open >= 0, text[open] != 0x28, text[open] != 0xFF08 { open -= 1 }
      var end = open
      while end > 0, CharacterClass.isSpace(text[end - 1]) { end -= 1 }
      if open >= 0, text[open] == 0x28 || text[open] == 0xFF08, let named = orgsByEnd[end] {
        candidates[index].value = candidates[named].value
      } else {
        removed.append(index)
      }
    }
    for index in removed.reversed() { candidates.remove(at: index) }
  }

  /// Every other occurrence of a propagated name, as a candidate of the same kind and value.
  private static func addRepeats(to candidates: inout [Candidate], in text: ScalarText) {
    var names: [[UInt32]: Candidate] = [:]
    var found = Set<Int>()
    for candidate in candidates where candidate.kind == .org {
      found.insert(candidate.start)
      guard isPropagated(candidate.rule), candidate.length >= 2 else { continue }
      let name = Array(text.scalars[candidate.start..<candidate.end])
      if let known = names[name], RuleWeights.weight(of: known.rule) >= RuleWeights.weight(of: candidate.rule) { continue }
      names[name] = candidate
    }
    guard !names.isEmpty else { return }
    var firstScalars = ScalarSet()
    for name in names.keys { firstScalars.insert(name[0]) }
    let scalars = text.scalars
    for offset in scalars.indices where firstScalars.contains(scalars[offset]) && !found.contains(offset) {
      for (name, source) in names where offset + name.count <= scalars.count && text.matches(name, at: offset) {
        // A Latin or digit name inside a longer Latin word is no mention of it.
        if isLatinOrDigit(name[0]) && isLatinOrDigit(text[offset - 1]) { continue }
        if isLatinOrDigit(name[name.count - 1]) && isLatinOrDigit(text[offset + name.count]) { continue }
        candidates.append(Candidate(start: offset, end: offset + name.count, kind: .org, value: source.value, rule: repeatRule))
        break
      }
    }
  }

  private static let repeatRule = "org.repeat"

  @inline(__always) private static func isLatinOrDigit(_ c: UInt32) -> Bool {
    CharacterClass.isLatinLetter(c) || CharacterClass.arabicDigit(c) != nil
  }
}
