import Foundation
import Testing
@testable import ZhExtract

/// Any input: other encodings, bad bytes, odd characters, huge or empty texts, many threads.
struct InputRobustnessTests {
  let extractor: EntityExtractor

  init() throws { extractor = try EntityExtractor() }

  /// What must hold for any text: valid offsets, flat and sorted spans, `text` equal to the
  /// substring at its range and its code point offsets.
  func checkInvariants(_ text: String, _ entities: [Entity], sourceLocation: SourceLocation = #_sourceLocation) {
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for entity in entities {
      let offsets = entity.scalarOffsets
      #expect(offsets.lowerBound >= previousEnd && offsets.upperBound <= scalars.count && !offsets.isEmpty, sourceLocation: sourceLocation)
      previousEnd = offsets.upperBound
      guard offsets.upperBound <= scalars.count else { continue }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[offsets])
      #expect(entity.text == String(view), sourceLocation: sourceLocation)
      #expect(String(text[entity.range]) == entity.text, sourceLocation: sourceLocation)
      #expect(Array(text.utf8)[entity.utf8Offsets].elementsEqual(entity.text.utf8), sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: [
    ("meizhou-investment.gb18030.txt", "GB18030"), ("meizhou-investment.utf16le.txt", "UTF-16LE"),
    ("meizhou-investment.big5.txt", "Big5"),
  ])
  func otherEncodingsGiveTheSameEntities(_ file: String, _ encoding: String) throws {
    let original = try FixtureFiles.text("news/meizhou-investment.txt")
    let decoded = try TextDecoding.decode(try FixtureFiles.bytes("encodings/" + file))
    #expect(decoded.encoding == encoding)
    let expected = extractor.extract(from: original)
    let found = extractor.extract(from: decoded.text)
    #expect(found.map(\.scalarOffsets) == expected.map(\.scalarOffsets))
    #expect(found.map(\.value) == expected.map(\.value))
    #expect(found.map(\.kind) == expected.map(\.kind))
    checkInvariants(decoded.text, found)
  }

  @Test func traditionalTextGivesTheSameEntitiesWithItsOwnText() throws {
    let original = try FixtureFiles.text("news/meizhou-investment.txt")
    let traditional = try FixtureFiles.text("encodings/meizhou-investment.traditional.txt")
    let expected = extractor.extract(from: original)
    let found = extractor.extract(from: traditional)
    #expect(found.map(\.scalarOffsets) == expected.map(\.scalarOffsets))
    #expect(found.map(\.value) == expected.map(\.value))
    #expect(found.contains { $0.text == "170億元" })
    checkInvariants(traditional, found)
  }

  @Test func invalidBytesAreAnErrorWithTheirOffsetOrReplacedWhenLossy() throws {
    let bytes: [UInt8] = Array("投资".utf8) + [0xFF] + Array("170亿元".utf8)
    #expect(throws: ExtractorError.invalidBytes(encoding: "UTF-8", byteOffset: 6)) {
      try TextDecoding.decode(bytes, encoding: .utf8)
    }
    let lossy = try TextDecoding.decode(bytes, encoding: .utf8, lossy: true)
    #expect(lossy.replacements == 1)
    #expect(lossy.text == "投资\u{FFFD}170亿元")
    #expect(extractor.extract(from: lossy.text).map(\.text) == ["170亿元"])
  }

  @Test(arguments: [("meizhou-investment.gb18030.txt", "GB18030"), ("meizhou-investment.big5.txt", "Big5"), ("meizhou-investment.utf16le.txt", "UTF-16LE")])
  func aStreamDecodesPiecesCutAnywhere(_ file: String, _ encoding: String) throws {
    let bytes = try FixtureFiles.bytes("encodings/" + file)
    let whole = try TextDecoding.decode(bytes).text
    // Pieces of 1 to 7 bytes cut every character somewhere; each piece's output is whole characters.
    for size in 1...7 {
      let stream = try TextDecoding.Stream(sniffing: Array(bytes.prefix(4096)))
      #expect(stream.encoding == encoding)
      var text = ""
      for start in stride(from: 0, to: bytes.count, by: size) {
        text += try stream.decode(Array(bytes[start..<min(start + size, bytes.count)]))
      }
      text += try stream.finish()
      #expect(text == whole, "pieces of \(size) bytes")
    }
  }

  @Test func aStreamReportsAnInvalidSequenceAtItsOffsetInTheWholeStream() throws {
    let gb18030: [UInt8] = [0xB1, 0xB1, 0xBE, 0xA9]  // 北京 in GB18030
    // An invalid trail byte after a lead byte that ended the previous piece.
    let stream = try TextDecoding.Stream(sniffing: gb18030 + gb18030, encoding: .gb18030)
    #expect(try stream.decode(gb18030 + [0xB1]) == "北京")
    #expect(throws: ExtractorError.invalidBytes(encoding: "GB18030", byteOffset: 4)) { try stream.decode([0x7F, 0xB1, 0xB1]) }
    // A character left cut at the end of the stream.
    let cut = try TextDecoding.Stream(sniffing: gb18030, encoding: .gb18030)
    #expect(try cut.decode(gb18030 + gb18030 + [0xB1]) == "北京北京")
    #expect(throws: ExtractorError.invalidBytes(encoding: "GB18030", byteOffset: 8)) { try cut.finish() }
    // Lenient: replaced and counted.
    let lossy = try TextDecoding.Stream(sniffing: gb18030, encoding: .gb18030, lossy: true)
    let text = try lossy.decode(gb18030 + [0xFF] + gb18030) + lossy.finish()
    #expect(text == "北京\u{FFFD}北京" && lossy.replacements == 1)
  }

  @Test func aPieceOfBadBytesDecodesLenientlyWhatEverItsSize() throws {
    // Each bad byte becomes a three-byte U+FFFD: the output outgrows twice the input.
    let bytes: [UInt8] = [UInt8](repeating: 0xFF, count: 1000) + [0xB1, 0xB1, 0xBE, 0xA9]
    let whole = try TextDecoding.decode(bytes, encoding: .gb18030, lossy: true)
    #expect(whole.text == String(repeating: "\u{FFFD}", count: 1000) + "北京" && whole.replacements == 1000)
    let stream = try TextDecoding.Stream(sniffing: bytes, encoding: .gb18030, lossy: true)
    #expect(try stream.decode(bytes) + stream.finish() == whole.text)
  }

  @Test func byteOrderMarksAreHonouredAndSkipped() throws {
    let utf8 = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("5亿元".utf8))
    #expect(utf8.text == "5亿元" && utf8.encoding == "UTF-8")
    let utf16be = try TextDecoding.decode([0xFE, 0xFF, 0x00, 0x35, 0x4E, 0xBF, 0x51, 0x43])
    #expect(utf16be.text == "5亿元" && utf16be.encoding == "UTF-16BE")
  }

  @Test(arguments: [
    "", "\u{0}", "\u{0}\u{0}170亿元\u{0}", "\r\n\r\n", "元", "亿", "万万万万万万万万万万万万万万万万万万元", "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０亿元",
    "9999999999999999999999999999999999999999999999元", "三百多多多多万元", "数数数数亿元", "$", "$$$$1", "5至", "5至至10亿元",
    "\u{D7FF}\u{E000}\u{FFFD}\u{10FFFF}亿元", "𠀋𠀋𠀋170亿元𠀋", "..........元", "1,,,,000元", "一二三四五六七八九十百千万亿兆元",
  ])
  func oddInputsNeverCrashAndKeepTheInvariants(_ text: String) {
    checkInvariants(text, extractor.extract(from: text, kinds: Set(EntityKind.allCases)))
  }

  @Test func aLongLineKeepsTheInvariants() throws {
    let page = try FixtureFiles.text("news/meizhou-investment.txt").replacingOccurrences(of: "\n", with: " ")
    let text = String(repeating: page, count: 200)
    let entities = extractor.extract(from: text)
    #expect(entities.count == 200 * extractor.extract(from: page).count)
    checkInvariants(text, entities)
  }

  @Test func everyFixtureKeepsTheInvariants() throws {
    for text in try FixtureFiles.allUTF8Texts() {
      checkInvariants(text, extractor.extract(from: text, kinds: Set(EntityKind.allCases)))
    }
  }

  @Test func aBatchGivesWhatTextsGiveOneByOne() throws {
    let texts = try FixtureFiles.allUTF8Texts() + ["", "\u{0}", "总投资170亿元，2月8日上午签约。"]
    let kinds = Set(EntityKind.allCases)
    #expect(extractor.extract(from: texts, kinds: kinds) == texts.map { extractor.extract(from: $0, kinds: kinds) })
    #expect(extractor.extract(from: [String]()).isEmpty)
  }

  @Test func eachTextOfABatchResolvesAgainstItsOwnContext() {
    let text = "去年3月，该公司引资50亿元。"
    let contexts = [CalendarDay(year: 2023, month: 8, day: 25), CalendarDay(year: 2000, month: 1, day: 1)].map { ExtractionContext(referenceDate: $0) }
    let results = extractor.extract(from: [text, text], contexts: contexts)
    let dates = results.map { entities in
      entities.compactMap { entity -> String? in
        guard case .date(let value) = entity.value else { return nil }
        return "\(entity.text) \(entity.scalarOffsets) \(value.timex)"
      }
    }
    #expect(dates == [["去年3月 0..<4 2022-03"], ["去年3月 0..<4 1999-03"]])
  }

  @Test func eightThreadsGiveIdenticalResults() async throws {
    let texts = try FixtureFiles.allUTF8Texts()
    let extractor = self.extractor
    let expected = texts.map { extractor.extract(from: $0) }
    try await withThrowingTaskGroup(of: [[Entity]].self) { group in
      for _ in 0..<8 {
        group.addTask { texts.map { extractor.extract(from: $0) } }
      }
      for try await results in group { #expect(results == expected) }
    }
  }

  @Test func theExtractorIsSendable() {
    func requireSendable<T: Sendable>(_: T.Type) {}
    requireSendable(EntityExtractor.self)
    requireSendable(Entity.self)
    requireSendable(ExtractionContext.self)
  }
}
