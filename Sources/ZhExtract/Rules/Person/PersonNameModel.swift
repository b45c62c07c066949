/// How much a character looks like part of a personal name: log10 odds of its share of
/// surnames, of given names and of transliterated names over its share of running text
/// (`BundledData.personNameCharacters`, generated from jieba's name entries and jionlp's
/// character counts). `王` is a surname (2.0), `敏` a given name (1.5), `斯` a transliteration (2.0);
/// `的` is none (-2.1 as a given name).
struct PersonNameModel: Sendable {
  static let shared = PersonNameModel()

  /// Tenths of the odds, by scalar from U+4E00; `unseen` where the data has no figure.
  private var surname: [Int8]
  private var given: [Int8]
  private var foreign: [Int8]
  private static let base: UInt32 = 0x4E00
  private static let size = 0x9FFF - 0x4E00 + 1
  private static let unseen = Int8.min

  init() {
    surname = [Int8](repeating: Self.unseen, count: Self.size)
    given = surname
    foreign = surname
    for line in BundledData.personNameCharacters.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 4, let scalar = fields[0].unicodeScalars.first?.value, scalar >= Self.base,
        Int(scalar - Self.base) < Self.size
      else { continue }
      let index = Int(scalar - Self.base)
      if let odds = Double(fields[1]) { surname[index] = Self.tenths(odds) }
      if let odds = Double(fields[2]) { given[index] = Self.tenths(odds) }
      if let odds = Double(fields[3]) { foreign[index] = Self.tenths(odds) }
    }
  }

  private static func tenths(_ odds: Double) -> Int8 { Int8(max(-127, min(127, (odds * 10).rounded()))) }

  @inline(__always) private static func read(_ table: [Int8], _ scalar: UInt32) -> Double? {
    guard scalar >= base, Int(scalar - base) < size else { return nil }
    let tenths = table[Int(scalar - base)]
    return tenths == unseen ? nil : Double(tenths) / 10
  }

  /// The odds of a surname, nil for a character never seen as one.
  func surnameOdds(_ scalar: UInt32) -> Double? { Self.read(surname, scalar) }
  /// The odds of a given-name character, nil for one never seen in a given name.
  func givenOdds(_ scalar: UInt32) -> Double? { Self.read(given, scalar) }
  /// The odds of a transliteration character, nil for one never seen in a foreign name.
  func foreignOdds(_ scalar: UInt32) -> Double? { Self.read(foreign, scalar) }
}
