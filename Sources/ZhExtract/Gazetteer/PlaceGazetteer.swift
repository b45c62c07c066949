import Foundation

/// The place gazetteer: China's divisions as of 2025-12-31 at all four levels with their
/// short and former names, countries and territories with ISO 3166 codes, foreign cities,
/// and named regions and zones. Loaded once, on first use, from `BundledData`.
///
/// ```swift
/// PlaceGazetteer.shared.places(named: "龙华区").map(\.code)   // ["440309", "460106"]
/// PlaceGazetteer.shared.chain(code: "441402")                // ["广东省", "梅州市", "梅江区"]
/// ```
public final class PlaceGazetteer: Sendable {
  /// The gazetteer, loaded on first use (about 20–30 ms) and shared by every thread.
  public static let shared = PlaceGazetteer()

  let records: [PlaceRecord]
  /// Every name (full, short, former) → payload `record << 2 | form`.
  let trie: ScalarTrie
  /// One-character abbreviations (`京`, `美`, `港`) → their records.
  let abbreviations: [UInt32: [Int32]]
  let abbreviationScalars: ScalarSet
  /// Cities' abbreviations of scope `local` (`甬`, `衢`) → their records: places only in a
  /// pair or run of Chinese division abbreviations that the text supports.
  let localAbbreviations: [UInt32: [Int32]]
  /// Frequent two-character words that are no places (`政府`, `人民`, `南方`), with log2 of
  /// their frequency.
  let commonWords: PairTable
  /// Two-character place names with log2 of their frequency as words.
  let nameFrequencies: PairTable
  /// Township records are sorted by code from this index on.
  private let townshipStart: Int
  private let townshipEnd: Int
  private let divisionIndex: [Int: Int32]
  /// Seconds the load took.
  public let loadTime: Double

  private init() {
    let clock = ContinuousClock()
    let started = clock.now
    var records: [PlaceRecord] = []
    records.reserveCapacity(46_000)
    var trie = ScalarTrie(capacity: 90_000)  // 90,690 nodes: an edge table of 1 MB
    var divisionIndex: [Int: Int32] = [:]
    divisionIndex.reserveCapacity(3_400)
    var byName: [String: Int32] = [:]

    func add(_ record: PlaceRecord) -> Int32 {
      records.append(record)
      return Int32(records.count - 1)
    }
    // Names are decoded into a stack buffer of 20 scalars (the longest name has 16), so that
    // loading makes no array per name.
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ record: Int32, _ form: PlaceNameForm) {
      var scalars: (
        UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32,
        UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32
      ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
      var count = 0
      withUnsafeMutableBytes(of: &scalars) { raw in
        let buffer = raw.bindMemory(to: UInt32.self)
        TSVScanner.forEachScalar(bytes, range) { scalar in
          if count < buffer.count { buffer[count] = scalar }
          count += 1
        }
        guard count >= 2, count <= buffer.count else { return }
        trie.insert(UnsafeBufferPointer(rebasing: buffer[0..<count]), payload: record << 2 | Int32(form.rawValue))
      }
    }

    // Divisions, levels 1–3: code, parent, level, type, name, short names.
    TSVScanner.forEachLine(BundledData.divisions) { bytes, fields in
      guard fields.count >= 5 else { return }
      let code = TSVScanner.number(bytes, fields[0])
      let parentCode = TSVScanner.number(bytes, fields[1])
      let record = add(
        PlaceRecord(
          kind: .division, level: Int8(TSVScanner.number(bytes, fields[2])), parent: divisionIndex[parentCode] ?? -1,
          number: code, name: TSVScanner.string(bytes, fields[4])))
      divisionIndex[code] = record
      insert(bytes, fields[4], record, .full)
      if fields.count > 5 { TSVScanner.forEachPart(bytes, fields[5]) { insert(bytes, $0, record, .short) } }
    }
    // Townships: code, name[, parent].
    let townshipStart = records.count
    var lastParent = (code: -1, record: Int32(-1))  // townships come grouped by county
    TSVScanner.forEachLine(BundledData.townships) { bytes, fields in
      guard fields.count >= 2 else { return }
      let code = TSVScanner.number(bytes, fields[0])
      let parentCode = fields.count > 2 ? TSVScanner.number(bytes, fields[2]) : code / 1000
      if parentCode != lastParent.code { lastParent = (parentCode, divisionIndex[parentCode] ?? -1) }
      let record = add(
        PlaceRecord(kind: .division, level: 4, parent: lastParent.record, number: code, name: TSVScanner.string(bytes, fields[1])))
      insert(bytes, fields[1], record, .full)
    }
    let townshipEnd = records.count
    // Former names: name, today's code, year.
    TSVScanner.forEachLine(BundledData.historicalPlaceNames) { bytes, fields in
      guard fields.count >= 2, let record = divisionIndex[TSVScanner.number(bytes, fields[1])] else { return }
      insert(bytes, fields[0], record, .historical)
    }
    // Countries: ISO code, name, other names.
    TSVScanner.forEachLine(BundledData.countries) { bytes, fields in
      guard fields.count >= 2 else { return }
      let record = add(
        PlaceRecord(kind: .country, level: 0, parent: -1, iso: TSVScanner.string(bytes, fields[0]), name: TSVScanner.string(bytes, fields[1])))
      byName[TSVScanner.string(bytes, fields[0])] = record
      insert(bytes, fields[1], record, .full)
      if fields.count > 2 { TSVScanner.forEachPart(bytes, fields[2]) { insert(bytes, $0, record, .full) } }
    }
    TSVScanner.forEachLine(BundledData.worldCities) { bytes, fields in
      guard fields.count >= 2 else { return }
      let record = add(
        PlaceRecord(kind: .city, level: 0, parent: -1, iso: TSVScanner.string(bytes, fields[0]), name: TSVScanner.string(bytes, fields[1])))
      insert(bytes, fields[1], record, .full)
    }
    // First-level subdivisions abroad: ISO code, name, short name.
    TSVScanner.forEachLine(BundledData.foreignSubdivisions) { bytes, fields in
      guard fields.count >= 2 else { return }
      let record = add(
        PlaceRecord(kind: .subdivision, level: 0, parent: -1, iso: TSVScanner.string(bytes, fields[0]), name: TSVScanner.string(bytes, fields[1])))
      insert(bytes, fields[1], record, .full)
      if fields.count > 2 { TSVScanner.forEachPart(bytes, fields[2]) { insert(bytes, $0, record, .short) } }
    }
    // Named regions and zones: name, kind, other names.
    TSVScanner.forEachLine(BundledData.namedRegions) { bytes, fields in
      guard fields.count >= 2 else { return }
      let kind: PlaceValue.Kind = TSVScanner.string(bytes, fields[1]) == "zone" ? .zone : .region
      let name = TSVScanner.string(bytes, fields[0])
      let record = add(PlaceRecord(kind: kind, level: 0, parent: -1, name: name))
      byName[name] = record
      insert(bytes, fields[0], record, .full)
      if fields.count > 2 { TSVScanner.forEachPart(bytes, fields[2]) { insert(bytes, $0, record, .short) } }
    }
    // One-character abbreviations: character, target (division name, ISO code, region name).
    var abbreviations: [UInt32: [Int32]] = [:]
    var localAbbreviations: [UInt32: [Int32]] = [:]
    TSVScanner.forEachLine(BundledData.placeAbbreviations) { bytes, fields in
      guard fields.count >= 2 else { return }
      let target = TSVScanner.string(bytes, fields[1])
      var division: Int32?
      let node = trie.node(for: target.unicodeScalars.map(\.value))
      if node > 0 {
        trie.forEachPayload(at: node) { payload in
          if payload & 3 == Int32(PlaceNameForm.full.rawValue), records[Int(payload >> 2)].kind != .city { division = payload >> 2 }
        }
      }
      guard let record = byName[target] ?? division else { return }
      let local = fields.count > 2 && TSVScanner.string(bytes, fields[2]) == "local"
      TSVScanner.forEachScalar(bytes, fields[0]) { scalar in
        if local { localAbbreviations[scalar, default: []].append(record) } else { abbreviations[scalar, default: []].append(record) }
      }
    }

    func pairTable(_ table: String, capacity: Int) -> PairTable {
      var result = PairTable(capacity: capacity)
      TSVScanner.forEachLine(table) { bytes, fields in
        guard fields.count >= 2 else { return }
        var scalars: (UInt32, UInt32, Int) = (0, 0, 0)
        TSVScanner.forEachScalar(bytes, fields[0]) { scalar in
          if scalars.2 == 0 { scalars.0 = scalar } else { scalars.1 = scalar }
          scalars.2 += 1
        }
        guard scalars.2 == 2 else { return }
        result.set(scalars.0, scalars.1, UInt8(TSVScanner.number(bytes, fields[1])))
      }
      return result
    }
    self.commonWords = pairTable(BundledData.commonTwoCharacterWords, capacity: 7_000)
    self.nameFrequencies = pairTable(BundledData.placeNameFrequencies, capacity: 3_000)
    self.records = records
    self.trie = trie
    self.abbreviations = abbreviations
    self.abbreviationScalars = ScalarSet(abbreviations.keys)
    self.localAbbreviations = localAbbreviations
    self.townshipStart = townshipStart
    self.townshipEnd = townshipEnd
    self.divisionIndex = divisionIndex
    let elapsed = clock.now - started
    loadTime = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  // MARK: Public lookup

  /// Every place with this name, full, short or former (`龙华区` → Shenzhen's and Haikou's;
  /// `梅州` → 441400; `襄樊` → 420600; `柬埔寨` → KH).
  public func places(named name: String) -> [PlaceValue] {
    records(named: name.unicodeScalars.map(\.value)).map { value(of: $0) }
  }

  /// The place with this division code (`441402`, 9 digits for townships) or ISO 3166 code.
  public func place(code: String) -> PlaceValue? {
    record(code: code).map { value(of: $0) }
  }

  /// The names from the province down to the division with this code
  /// (`441402` → `["广东省", "梅州市", "梅江区"]`), or nil for an unknown code.
  public func chain(code: String) -> [String]? {
    record(code: code).map { chain(of: $0) }
  }

  /// Number of places of each kind, for diagnostics.
  public var counts: [PlaceValue.Kind: Int] {
    records.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
  }

  // MARK: Internal

  /// True when the two scalars spell a frequent word that is no place.
  @inline(__always) func isCommonWord(_ first: UInt32, _ second: UInt32) -> Bool {
    commonWords[first, second] != nil
  }

  /// log2 of the frequency of a two-character word (0 when it is not a frequent word).
  @inline(__always) func commonWordFrequency(_ first: UInt32, _ second: UInt32) -> Int {
    Int(commonWords[first, second] ?? 0)
  }

  /// log2 of the frequency of a two-character place name as a word (0 when unknown).
  @inline(__always) func nameFrequency(_ first: UInt32, _ second: UInt32) -> Int {
    Int(nameFrequencies[first, second] ?? 0)
  }

  /// The records with this name in any form, each once, in record order.
  func records(named name: some Sequence<UInt32>) -> [Int32] {
    let node = trie.node(for: name)
    guard node > 0 else { return [] }
    var found: [Int32] = []
    trie.forEachPayload(at: node) { payload in
      if !found.contains(payload >> 2) { found.append(payload >> 2) }
    }
    return found.sorted()
  }

  func record(code: String) -> Int32? {
    if code.count == 9, let number = Int(code) {
      var low = townshipStart, high = townshipEnd
      while low < high {
        let middle = (low + high) / 2
        if records[middle].number < number { low = middle + 1 } else { high = middle }
      }
      return low < townshipEnd && records[low].number == number ? Int32(low) : nil
    }
    if code.count == 6, let number = Int(code) { return divisionIndex[number] }
    return records.firstIndex { $0.kind == .country && $0.iso == code }.map { Int32($0) }
  }

  func chain(of record: Int32) -> [String] {
    var names: [String] = []
    var index = record
    while index >= 0 {
      names.append(records[Int(index)].name)
      index = records[Int(index)].parent
    }
    return names.reversed()
  }

  /// True when `ancestor` is `record` or above it.
  func contains(_ ancestor: Int32, _ record: Int32) -> Bool {
    var index = record
    while index >= 0 {
      if index == ancestor { return true }
      index = records[Int(index)].parent
    }
    return false
  }

  func value(of record: Int32, candidates: [String] = []) -> PlaceValue {
    let entry = records[Int(record)]
    switch entry.kind {
    case .division:
      return PlaceValue(kind: .division, code: entry.code, chain: chain(of: record), level: Int(entry.level), candidates: candidates)
    case .country, .subdivision, .city:
      return PlaceValue(kind: entry.kind, code: entry.code, chain: [entry.name])
    case .region, .zone:
      return PlaceValue(kind: entry.kind, code: nil, chain: [entry.name])
    }
  }

  /// Every name that starts at `offset`, longest first, written into `ends` (replacing its
  /// contents, keeping its storage) as the end offset and trie node of each.
  @inline(__always)
  func namesStarting(in text: ScalarText, at offset: Int, ends: inout [(end: Int, node: Int32)]) {
    if !ends.isEmpty { ends.removeAll(keepingCapacity: true) }
    guard trie.mayStart(with: text[offset], text[offset + 1]) else { return }  // every name has two scalars or more
    var node: Int32 = 0
    var index = offset
    while true {
      node = trie.child(node, text[index])
      if node < 0 { break }
      index += 1
      if trie.isTerminal(node) { ends.append((index, node)) }
    }
    ends.reverse()
  }

  /// The records at a trie node with the form by which its name refers to each.
  func matches(at node: Int32) -> [(record: Int32, form: PlaceNameForm)] {
    var found: [(record: Int32, form: PlaceNameForm)] = []
    trie.forEachPayload(at: node) { payload in
      found.append((payload >> 2, PlaceNameForm(rawValue: UInt8(payload & 3)) ?? .full))
    }
    return found
  }

  /// The longest gazetteer name at `offset` (any form: full, short, former; townships too, with
  /// none of the recognizer's context checks) and every record it may stand for. For
  /// recognizers of names that start with a place (`深圳市龙华区人民政府` → 深圳市 at 0).
  func longestPlace(in text: ScalarText, at offset: Int) -> (length: Int, entry: PlaceNameMatch)? {
    var ends: [(end: Int, node: Int32)] = []
    namesStarting(in: text, at: offset, ends: &ends)
    for (end, node) in ends {
      let found = matches(at: node)
      if !found.isEmpty { return (end - offset, PlaceNameMatch(length: end - offset, records: found)) }
    }
    return nil
  }

  /// The chain of places that starts at `offset` (`广东省梅州市梅江区…`), resolved inside the
  /// chain: its length and the deepest place's code, or nil when no place starts there.
  /// `placeChain(in:at:)` behind the trie's pair filter, for callers that ask at many offsets
  /// where most hold no place (organisations' left edges): names have two scalars or more.
  @inline(__always) func placeChainIfAny(in text: ScalarText, at offset: Int) -> (length: Int, code: String?)? {
    guard trie.mayStart(with: text[offset], text[offset + 1]) else { return nil }
    return placeChain(in: text, at: offset)
  }

  func placeChain(in text: ScalarText, at offset: Int) -> (length: Int, code: String?)? {
    var position = offset
    var current: [Int32] = []
    while let (length, entry) = longestPlace(in: text, at: position) {
      let records = entry.records.map(\.record)
      let inside = current.isEmpty ? records : records.filter { record in current.contains { contains($0, record) } }
      if inside.isEmpty { break }
      current = inside
      position += length
    }
    guard position > offset else { return nil }
    return (position - offset, current.count == 1 ? records[Int(current[0])].code : nil)
  }
}
