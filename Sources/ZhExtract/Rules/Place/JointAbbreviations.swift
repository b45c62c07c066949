/// Abbreviations that join into one mention of several places (`中美两国`, `港澳同胞`): the
/// strong press abbreviations and the words of relations after a joint, shared by the place
/// recognizer and the organization recognizer (a name opening with a joint names no one place).
struct JointAbbreviations: Sendable {
  /// Press abbreviations strong enough to pair on their own (`中`, `美`, `俄`).
  let strong = ScalarSet(characters: PlaceWords.strongAbbreviations)
  /// Words of relations after a joint (`两国`, `关系`, `合作`).
  let followers = WordList<Void>(PlaceWords.jointFollowers)

  /// True when the two characters at `offset` are strong abbreviations before a word of
  /// relations: two places, even where they spell one name (`中非合作`: China and Africa, not
  /// the Central African Republic).
  func isPairBeforeRelations(in text: ScalarText, at offset: Int) -> Bool {
    strong.contains(text[offset]) && strong.contains(text[offset + 1]) && followers.match(in: text, at: offset + 2) != nil
  }
}
