/// One place of the gazetteer: a Chinese division (levels 1–4), a country, a foreign city, or
/// a named region or zone. Records are addressed by their index in `PlaceGazetteer.records`.
struct PlaceRecord: Sendable {
  let kind: PlaceValue.Kind
  /// 1 province, 2 prefecture, 3 county, 4 township; 0 outside the division tree.
  let level: Int8
  /// The record of the division above, or -1.
  let parent: Int32
  /// Division code as a number (441402, 441481124), or 0 outside China's divisions.
  let number: Int
  /// ISO 3166 code of the country (countries, subdivisions, cities), or "".
  let iso: String
  let name: String

  init(kind: PlaceValue.Kind, level: Int8, parent: Int32, number: Int = 0, iso: String = "", name: String) {
    self.kind = kind
    self.level = level
    self.parent = parent
    self.number = number
    self.iso = iso
    self.name = name
  }

  /// Division code (6 or 9 digits), ISO 3166 code, or "" (regions and zones).
  var code: String { number > 0 ? String(number) : iso }
}

/// How a name in the text refers to a record.
enum PlaceNameForm: UInt8, Sendable {
  /// The official or usual full name (`梅州市`, `柬埔寨`, `雄安新区`).
  case full
  /// A short name derived by rule (`梅州`, `内蒙古`, `黔南`).
  case short
  /// A former name, now another division (`襄樊` → 襄阳市).
  case historical
}

/// A name found in the text and every record it can stand for.
struct PlaceNameMatch: Sendable {
  var length: Int
  /// Record indices with the form by which the name refers to each.
  var records: [(record: Int32, form: PlaceNameForm)]
}
