/// The organization tables, parsed once from `BundledData` and `OrgWords` into tries.
final class OrgLexicon: Sendable {
  typealias Kind = OrganizationValue.Kind

  /// A form that ends a name: its kind and whether it was built from a department stem.
  struct Form: Sendable {
    let kind: Kind
    let department: Bool
    /// Whether ICU's segmentation must confirm the form's edges.
    var checked = false
    /// Whether national stems (`中国`, `国家`) name a body before it.
    var national = false
    /// Whether a stem of common words still names something before it (`古籍出版社`).
    var lenient = false
    /// The shortest stem it takes.
    var minimumStem = 2
    /// Whether it names a unit of the organization before it (`…武汉分院`).
    var subunit = false
    /// Whether, after a known name, the unit keeps that organization's kind.
    var keepsParentKind = false
    /// Whether the name before it must start with a place (teams, `…频道`).
    var placeLed = false
    /// Whether it names a team (`队`): the walk stops at another team word.
    var team = false
    /// Whether verbs inside a place-led name do not end it (`…对口支援…指挥部`).
    var mission = false
    /// Whether a position after it takes it (`党组|书记`).
    var organOfPosition = false
    /// Characters that may not come just before it, or just after it.
    var notBefore: ScalarSet? = nil
    var notAfter: ScalarSet? = nil
  }

  /// Known organizations (`国务院`, `哈工大`); payload = index into `nameKinds`.
  let names: OrgTrie
  let nameKinds: [Kind]
  /// The same names backwards, to find one that ends where a name would start.
  let namesReversed: OrgTrie
  /// Forms (`有限公司`, `公安局`); payload = index into `formInfo`.
  let forms: OrgTrie
  /// The same forms backwards, to find a longer form that ends where a shorter one does.
  let formsReversed: OrgTrie
  /// Units after a name (`分行`, `区域总部`), regions before them (`华东`), positions after a
  /// party organ (`书记`), and name parts after weak stops (`经开区`): see `OrgWords`.
  let unitForms = WordList(OrgWords.unitForms)
  let unitRegions = WordList(OrgWords.unitRegions)
  let partyPositions = WordList(OrgWords.partyPositions)
  let namePartsAfterWeakStops = WordList(OrgWords.namePartsAfterWeakStops)
  private let wordsEndingInStops = Set(OrgWords.wordsEndingInStops.map { word -> UInt64 in
    let scalars = word.scalarValues
    return UInt64(scalars[0]) << 32 | UInt64(scalars[1])
  })
  let divisionUnits = WordList(OrgWords.divisionUnits.map { ($0.word, $0.kinds) })
  /// Department stems backwards, to join two departments' names (`规划与国土资源管理局`).
  let departmentStemsReversed = OrgTrie(OrgWords.departmentStems.map { ($0.scalarValues, Int32(0)) }, reversed: true)
  let formInfo: [Form]
  /// Words that end a name on its left, matched backwards from the name's first scalar.
  let boundaries: OrgTrie
  /// Clubs named for their city, organizations in sports news only.
  let clubs: OrgTrie
  let sportsCues: WordList<Void>
  let financeWords = WordList(OrgWords.financeWords)
  let nationalStems = OrgTrie(OrgWords.nationalStems.map { ($0.scalarValues, Int32(0)) })
  /// Generic words (`大型`, `国有`, `全市`): a stem made only of them names nothing.
  let genericStems: OrgTrie
  /// The hand-made generic words only.
  let handGenericStems: OrgTrie
  /// Attributes (`上市`, `国有`): a place and attributes name nothing.
  let attributeStems = OrgTrie(OrgWords.attributeStems.map { ($0.scalarValues, Int32(0)) })
  let attributeEnds = ScalarSet(OrgWords.attributeStems.map { $0.scalarValues.last! })

  /// Per scalar, which tables a word may start at it (`ScanFlag`): the one load of the scan,
  /// and the one test most scalars fail.
  let scanFlags: ScalarFlags

  /// Bits of `scanFlags`.
  enum ScanFlag {
    static let name: UInt8 = 1
    static let singleName: UInt8 = 2
    static let form: UInt8 = 4
    static let singleForm: UInt8 = 8
    static let club: UInt8 = 16
  }

  static let shared = OrgLexicon()

  private init() {
    let kindsByName = Dictionary(uniqueKeysWithValues: Self.allKinds.map { ($0.rawValue, $0) })
    var nameWords: [(scalars: [UInt32], payload: Int32)] = []
    var nameKinds: [Kind] = []
    for line in BundledData.organizations.tableLines {
      let fields = line.tableFields
      guard fields.count == 2, let kind = kindsByName[String(fields[1])] else { continue }
      nameWords.append((String(fields[0]).scalarValues, Int32(nameKinds.count)))
      nameKinds.append(kind)
    }
    names = OrgTrie(nameWords)
    namesReversed = OrgTrie(nameWords, reversed: true)
    self.nameKinds = nameKinds

    var formWords: [(scalars: [UInt32], payload: Int32)] = []
    var formInfo: [Form] = []
    for (kind, words) in OrgWords.forms {
      for word in words {
        formWords.append((word.scalarValues, Int32(formInfo.count)))
        formInfo.append(
          Form(
            kind: kind, department: false, checked: OrgWords.segmentationCheckedForms.contains(word),
            national: OrgWords.nationalForms.contains(word),
            lenient: OrgWords.lenientKinds.contains(kind) || OrgWords.lenientForms.contains(word),
            minimumStem: OrgWords.longStemForms.contains(word) ? 3 : 2, subunit: OrgWords.subunitForms.contains(word),
            keepsParentKind: OrgWords.parentKindForms.contains(word),
            placeLed: OrgWords.teamForms.contains(word) || OrgWords.placeLedForms.contains(word),
            team: OrgWords.teamForms.contains(word), mission: OrgWords.missionForms.contains(word),
            organOfPosition: OrgWords.organsBeforePositions.contains(word),
            notBefore: OrgWords.notBeforeForm[word].map { ScalarSet(characters: $0) },
            notAfter: OrgWords.notAfterFormWord[word].map { ScalarSet(characters: $0) }))
      }
    }
    for stem in OrgWords.departmentStems {
      for suffix in OrgWords.departmentSuffixes {
        formWords.append(((stem + suffix).scalarValues, Int32(formInfo.count)))
        formInfo.append(Form(kind: .government, department: true, national: true, subunit: suffix == "司"))
      }
    }
    // The first form listed for a word wins (OrgTrie keeps the first payload).
    forms = OrgTrie(formWords)
    formsReversed = OrgTrie(formWords, reversed: true)
    self.formInfo = formInfo

    // Department stems (信访, 统计) are names' parts, never their left edge.
    let stems = Set(OrgWords.departmentStems)
    let boundaryWords = (BundledData.orgBoundaryWords.tableLines.map(String.init) + OrgWords.boundaryWords)
      .filter { !stems.contains($0) }
    boundaries = OrgTrie(boundaryWords.map { ($0.scalarValues, Int32(0)) }, reversed: true)
    let clubWords = BundledData.placeNamedClubs.tableLines.map { String($0).scalarValues }
    clubs = OrgTrie(clubWords.map { ($0, Int32(0)) })
    var scanFlags = ScalarFlags()
    names.flagScalars(in: &scanFlags, edge: ScanFlag.name, single: ScanFlag.singleName)
    forms.flagScalars(in: &scanFlags, edge: ScanFlag.form, single: ScanFlag.singleForm)
    scanFlags.insert(ScanFlag.club, forEachOf: clubs.edgeScalars)
    self.scanFlags = scanFlags
    sportsCues = WordList(OrgWords.sportsCues)
    let generic = Array(OrgWords.genericStems) + BundledData.orgCommonWords.tableLines.map(String.init)
    genericStems = OrgTrie(generic.map { ($0.scalarValues, Int32(0)) })
    handGenericStems = OrgTrie(OrgWords.genericStems.map { ($0.scalarValues, Int32(0)) })
  }

  /// The end of a national stem (`国家`, `中央`, `国务院`) that starts `range`, or nil.
  func nationalPrefix(_ text: ScalarText, _ range: Range<Int>) -> Int? {
    var end: Int?
    nationalStems.forEachMatch(in: text, at: range.lowerBound) { length, _ in
      if range.lowerBound + length <= range.upperBound { end = range.lowerBound + length }
    }
    return end
  }

  /// True when a company's name says it is a bank, broker, insurer or fund (`渣打银行（香港）有限公司`).
  func namesFinance(_ text: ScalarText, _ range: Range<Int>) -> Bool {
    for offset in range where financeWords.mayStart(with: text[offset]) {
      if let word = financeWords.match(in: text, at: offset), offset + word.length <= range.upperBound { return true }
    }
    return false
  }

  /// True when the text holds words of sports news.
  func isSportsNews(_ text: ScalarText) -> Bool {
    for offset in 0..<text.count where sportsCues.mayStart(with: text[offset]) {
      if sportsCues.match(in: text, at: offset) != nil { return true }
    }
    return false
  }

  /// True when a word that ends names on their left (a verb, a function word) ends just
  /// before `offset` (`涌现|达梦数据`).
  @inline(__always) func endsBoundaryWord(in text: ScalarText, at offset: Int) -> Bool {
    boundaries.edgeScalars.contains(text[offset - 1]) && boundaries.longestMatch(in: text, at: offset) != nil
  }

  /// True when `range` of `text` splits into generic words only (`大型国有`, `全市`, `新|人民`
  /// where the longest first word `新人` would leave `民`).
  func isGeneric(_ text: ScalarText, _ range: Range<Int>, commonWords: Bool = true) -> Bool {
    isMade(of: commonWords ? genericStems : handGenericStems, text, range)
  }

  /// True when `range` of `text` splits into attributes only (`上市`, `国有民营`).
  func isAttributes(_ text: ScalarText, _ range: Range<Int>) -> Bool { isMade(of: attributeStems, text, range) }

  private func isMade(of words: OrgTrie, _ text: ScalarText, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return true }
    guard range.count < 64 else { return false }  // no stem is that long
    return splitEnds(of: words, text, range) & (1 << UInt64(range.count)) != 0
  }

  /// Bit i set: `range.lowerBound ..< range.lowerBound + i` splits into generic words (bit 0:
  /// the empty split). Ranges of 63 scalars or more give 1.
  func genericSplitEnds(_ text: ScalarText, _ range: Range<Int>) -> UInt64 {
    range.count < 64 ? splitEnds(of: genericStems, text, range) : 1
  }

  private func splitEnds(of words: OrgTrie, _ text: ScalarText, _ range: Range<Int>) -> UInt64 {
    var reached: UInt64 = 1
    for offset in range where reached & (1 << UInt64(offset - range.lowerBound)) != 0 {
      words.forEachMatch(in: text, at: offset) { length, _ in
        if offset + length <= range.upperBound { reached |= 1 << UInt64(offset + length - range.lowerBound) }
      }
    }
    return reached
  }

  /// True when the two scalars before `offset` are a word that ends in a stop character
  /// (`数据`, `氢能`).
  @inline(__always) func endsWordWithStop(_ text: ScalarText, at offset: Int) -> Bool {
    wordsEndingInStops.contains(UInt64(text[offset - 2]) << 32 | UInt64(text[offset - 1]))
  }

  private static let allKinds: [Kind] = [.government, .party, .company, .education, .research, .media, .finance, .association, .other]
}
