import Foundation
import Testing
import ZhExtract

/// Runs the built `zh-extract` binary on fixtures and compares its output and exit code.
struct CLITests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = packageRoot.appendingPathComponent("Fixtures")

  /// The binary sits next to the test bundle in the build folder.
  static var binary: URL {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("zh-extract")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/zh-extract")
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  func fixture(_ path: String) -> String { Self.fixtures.appendingPathComponent(path).path }

  @Test func moneyOnTheSampleMatchesTheGoldenOutput() throws {
    let result = try run(["extract", "--kinds", "money", "--format", "text", fixture("news/meizhou-investment.txt")])
    let expected = try String(contentsOfFile: fixture("cli/meizhou-investment.money.txt"), encoding: .utf8)
    #expect(result.status == 0)
    #expect(result.stdout == expected)
  }

  @Test func jsonlInputGivesOneLinePerLineAndReportsBadLines() throws {
    let result = try run(["--kinds", "money", "--input", "jsonl", fixture("cli/batch.jsonl")])
    let expected = try String(contentsOfFile: fixture("cli/batch.money.jsonl"), encoding: .utf8)
    #expect(result.status == 1)
    #expect(result.stdout == expected)
    #expect(result.stderr.contains("batch.jsonl:2: missing string field \"text\""))
    #expect(result.stderr.contains("batch.jsonl:3: malformed JSON"))
  }

  @Test func jsonlLinesAreReadAsJSONWithEscapesIdsAsWrittenAndEveryFaultAnError() throws {
    let nested = "[" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "]"
    let lines = [
      #"{"id": "稿\"7\\\u0041\ud83d\ude00", "text": "\u53bb\u5e74\n3亿元"}"#,  // escapes, a surrogate pair
      #"{"id": 1.50, "text": "3亿元", "extra": {"a": [true, false, null, -0.5e+3]}}"#,
      #"{"id": [1, {"b": "x y"}, ], "text": "x",}"#,  // trailing commas pass, as JSONSerialization let them
      #"{"id": 4, "text": "x" "more": 1}"#,
      #"{"id": 5, "text": "bad \ud800 half"}"#,
      #"{"id": 6, "text": "x", "n": 01}"#,
      #"{"id": 7, "text": "x", "deep": \#(nested)}"#,
      #"["id", "text"]"#,
      #"{"id": 9, "text": 9}"#,
    ]
    let result = try run(["--kinds", "money,date", "--input", "jsonl", "--reference-date", "2024-05-01"], stdin: Data(lines.joined(separator: "\n").utf8))
    #expect(result.status == 1)
    let output = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      output == [
        #"{"id":"稿\"7\\A😀","entities":[{"type":"date","start":0,"end":2,"text":"去年","value":{"end":"2024-01-01","granularity":"year","start":"2023-01-01","timex":"2023"}},{"type":"money","start":3,"end":6,"text":"3亿元","value":{"amount":"300000000","bound":"exact","currency":"CNY"}}]}"#,
        #"{"id":1.50,"entities":[{"type":"money","start":0,"end":3,"text":"3亿元","value":{"amount":"300000000","bound":"exact","currency":"CNY"}}]}"#,
        #"{"id":[1,{"b":"x y"}],"entities":[]}"#,
        #"{"id":null,"entities":[],"error":{"line":4,"message":"malformed JSON"}}"#,
        #"{"id":null,"entities":[],"error":{"line":5,"message":"malformed JSON"}}"#,
        #"{"id":null,"entities":[],"error":{"line":6,"message":"malformed JSON"}}"#,
        #"{"id":null,"entities":[],"error":{"line":7,"message":"malformed JSON"}}"#,
        #"{"id":null,"entities":[],"error":{"line":8,"message":"expected a JSON object with \"id\" and \"text\""}}"#,
        #"{"id":9,"entities":[],"error":{"line":9,"message":"missing string field \"text\""}}"#,
      ])
  }

  @Test func readsStandardInput() throws {
    let result = try run(["--kinds", "money", "--format", "tsv"], stdin: Data("融资3亿元".utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "<stdin>\tmoney\t2\t5\t3亿元\t{\"amount\":\"300000000\",\"bound\":\"exact\",\"currency\":\"CNY\"}\n")
  }

  @Test func missingFileIsAClearErrorAndOtherFilesStillRun() throws {
    let result = try run(["--kinds", "money", "no-such-file.txt", fixture("news/meizhou-investment.txt")])
    #expect(result.status == 1)
    #expect(result.stderr == "zh-extract: no-such-file.txt: no such file\n")
    #expect(result.stdout.contains("170亿元"))
  }

  @Test func invalidUTF8NamesTheByteOffset() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-invalid-\(getpid()).txt")
    try Data([0xE6, 0x80, 0xBB, 0xFF, 0x41]).write(to: path)  // 总 then a stray byte
    defer { try? FileManager.default.removeItem(at: path) }
    let result = try run([path.path])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("zh-extract: \(path.path): invalid UTF-8 at byte offset 3 "))
    #expect(result.stdout.contains("\"error\":{\"message\":"))

    let lossy = try run(["--lossy", "--kinds", "money", path.path])
    #expect(lossy.status == 0)
    #expect(lossy.stderr == "zh-extract: \(path.path): replaced 1 invalid byte sequence(s) with U+FFFD\n")
  }

  @Test func emptyInputGivesAnEmptyEntityList() throws {
    let result = try run(["--kinds", "money"], stdin: Data())
    #expect(result.status == 0)
    #expect(result.stdout == "{\"id\":\"<stdin>\",\"entities\":[]}\n")
  }

  @Test func badReferenceDateIsAUsageError() throws {
    let result = try run(["--reference-date", "2023-02-30", fixture("news/meizhou-investment.txt")])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--reference-date must be a valid date"))
  }

  @Test func tokenizePrintsICUSegmentation() throws {
    let result = try run(["tokenize"], stdin: Data("投资170亿元".utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "投资\t0\t2\tideographic\n170\t2\t5\tnumber\n亿\t5\t6\tideographic\n元\t6\t7\tideographic\n")
  }

  @Test func otherEncodingsAreDecodedAndNamed() throws {
    let result = try run(["--kinds", "money", fixture("encodings/meizhou-investment.gb18030.txt")])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"encoding\":\"GB18030\""))
    let utf8 = try run(["--kinds", "money", fixture("news/meizhou-investment.txt")])
    let entities = { (line: String) in line.split(separator: "[", maxSplits: 1).last.map(String.init) }
    #expect(entities(result.stdout) == entities(utf8.stdout))
    let wrong = try run(["--encoding", "latin9", fixture("news/meizhou-investment.txt")])
    #expect(wrong.status == 64)
  }

  @Test func otherEncodingsStreamInPiecesWithFileOffsets() throws {
    // A GB18030 file of several pieces whose first piece ends inside a character: the same
    // entities as its UTF-8 text, and an invalid byte past the first piece named by its offset.
    let page = try Data(contentsOf: URL(fileURLWithPath: fixture("news/meizhou-investment.txt")))
    let pageGB18030 = try Data(contentsOf: URL(fileURLWithPath: fixture("encodings/meizhou-investment.gb18030.txt")))
    // The page opens with 17 ASCII bytes, then 来: the first 256 KB read ends inside 来.
    let padding = Data(repeating: 0x61, count: 262_144 - 17 - 1)
    let text = padding + Data(Array(repeating: page, count: 200).joined())
    let gb18030 = padding + Data(Array(repeating: pageGB18030, count: 200).joined())
    let badOffset = padding.count + 2 * pageGB18030.count  // the start of the third copy
    let directory = FileManager.default.temporaryDirectory
    let utf8Path = directory.appendingPathComponent("zhx-stream-\(getpid()).txt")
    let gbPath = directory.appendingPathComponent("zhx-stream-\(getpid()).gb18030.txt")
    let badPath = directory.appendingPathComponent("zhx-stream-bad-\(getpid()).gb18030.txt")
    try text.write(to: utf8Path)
    try gb18030.write(to: gbPath)
    var bad = gb18030
    bad.insert(0xFF, at: badOffset)
    try bad.write(to: badPath)
    defer { for path in [utf8Path, gbPath, badPath] { try? FileManager.default.removeItem(at: path) } }
    let expected = try run(["--kinds", "money,place", "--format", "tsv", utf8Path.path])
    let found = try run(["--kinds", "money,place", "--format", "tsv", "--encoding", "gb18030", gbPath.path])
    #expect(found.status == 0 && expected.status == 0)
    #expect(found.stdout == expected.stdout.replacingOccurrences(of: utf8Path.path, with: gbPath.path))
    let failed = try run(["--kinds", "money", "--encoding", "gb18030", badPath.path])
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("invalid GB18030 at byte offset \(badOffset)"))
  }

  @Test func bigDocumentsAreReadInPiecesWithDocumentOffsets() throws {
    let page = try String(contentsOfFile: fixture("news/meizhou-investment.txt"), encoding: .utf8)
    let oneLine = page.replacingOccurrences(of: "\n", with: " ")
    let text = String(repeating: page, count: 300) + String(repeating: oneLine, count: 300)  // > 2 MB, a 1 MB line
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-big-\(getpid()).txt")
    try Data(text.utf8).write(to: path)
    defer { try? FileManager.default.removeItem(at: path) }
    let result = try run(["--kinds", "money", "--format", "tsv", "--jobs", "2", path.path])
    #expect(result.status == 0)
    let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t") }
    #expect(rows.count == 600 * 17)
    let scalars = Array(text.unicodeScalars)
    for row in rows.prefix(50) + rows.suffix(50) {
      let start = Int(row[2])!, end = Int(row[3])!
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      #expect(String(view) == String(row[4]))
    }
  }

  @Test func jobsKeepTheInputOrder() throws {
    var lines = ""
    for index in 0..<3000 { lines += "{\"id\": \(index), \"text\": \"第\(index)笔融资\(index + 1)亿元\"}\n" }
    let one = try run(["--kinds", "money", "--input", "jsonl", "--jobs", "1"], stdin: Data(lines.utf8))
    let two = try run(["--kinds", "money", "--input", "jsonl", "--jobs", "2"], stdin: Data(lines.utf8))
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout == two.stdout)
    #expect(one.stdout.split(separator: "\n").count == 3000)
  }
  @Test func aDocumentOfManyBatchesGivesTheSameOutputWithOneJobOrTwo() throws {
    // 4 MB: sixteen pieces of 256 KB, several batches, read and written while others run.
    var text = ""
    for index in 0..<80_000 { text += "第\(index)段：梅江区投入\(index % 997 + 1)亿元建设新区。\n" }
    let path = try temporaryFile("batches", Array(text.utf8))
    defer { try? FileManager.default.removeItem(at: path) }
    let one = try run(["--kinds", "money", "--format", "tsv", "--jobs", "1", path.path])
    let two = try run(["--kinds", "money", "--format", "tsv", "--jobs", "2", path.path])
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout == two.stdout)
    let rows = one.stdout.split(separator: "\n")
    #expect(rows.count == 80_000)
    // The last line, 第79999段：梅江区投入240亿元…, at its offset in the whole document.
    let offset = text.unicodeScalars.count - "240亿元建设新区。\n".unicodeScalars.count
    #expect(rows.last?.split(separator: "\t").dropFirst().joined(separator: " ")
      == "money \(offset) \(offset + 5) 240亿元 {\"amount\":\"24000000000\",\"bound\":\"exact\",\"currency\":\"CNY\"}")
  }

  func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-\(name)-\(getpid())")
    try Data(bytes).write(to: path)
    return path
  }

  @Test func aBinaryFileIsAnErrorRecordAndTheNextFileStillRuns() throws {
    var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]  // an ELF header, then noise
    var seed: UInt32 = 7
    for _ in 0..<4096 {
      seed = seed &* 1_103_515_245 &+ 12345
      bytes.append(UInt8(truncatingIfNeeded: seed >> 16))
    }
    let binary = try temporaryFile("binary", bytes)
    defer { try? FileManager.default.removeItem(at: binary) }
    let result = try run(["--kinds", "money", binary.path, fixture("news/meizhou-investment.txt")])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.contains("\"entities\":[],\"error\":{\"message\":\"\(binary.path): invalid") == true)
    #expect(lines.last?.contains("170亿元") == true)
  }

  @Test func aLoneSurrogateInUTF16IsAnErrorWithItsOffsetOrReplacedWhenLossy() throws {
    // BOM, "5", a lone high surrogate, then "亿元".
    let file = try temporaryFile("surrogate", [0xFF, 0xFE, 0x35, 0x00, 0x00, 0xD8, 0xBF, 0x4E, 0x43, 0x51])
    defer { try? FileManager.default.removeItem(at: file) }
    let strict = try run(["--kinds", "money", file.path])
    #expect(strict.status == 1)
    #expect(strict.stderr == "zh-extract: \(file.path): invalid UTF-16LE at byte offset 4 (use --lossy to replace bad bytes)\n")
    let lossy = try run(["--kinds", "money", "--lossy", "--format", "tsv", file.path])
    #expect(lossy.status == 0)
    // U+FFFD takes offset 1, so the bare scale 亿元 (People's Daily counts it) is at 2..<4.
    #expect(lossy.stdout.hasPrefix("\(file.path)\tmoney\t2\t4\t亿元\t"))
    #expect(lossy.stderr.contains("replaced 1 invalid byte sequence(s)"))
  }

  @Test func mixedLineEndingsAndNULBytesKeepOffsets() throws {
    let text = "5亿元\r\n3亿元\r4亿元\n\u{0}\u{0}6亿元"
    let result = try run(["--kinds", "money", "--format", "tsv"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[2...4].joined(separator: " ") } == [
      "0 3 5亿元", "5 8 3亿元", "9 12 4亿元", "15 18 6亿元",
    ])
  }
  @Test func handWrittenValuesMatchTheEncodableOutput() throws {
    let text = "2024年3月15日上午，深圳市龙华区人民政府与华为在梅江区签约，总投资3至5亿美元，占比45%。"
    let result = try run(["--kinds", "money,date,place,org,percent", "--reference-date", "2024-03-16"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    let line = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let written = try #require(line["entities"] as? [[String: Any]]).map { $0["value"] as? NSObject }
    let encoder = JSONEncoder()
    let entities = try EntityExtractor().extract(
      from: text, kinds: [.money, .date, .place, .org, .percent], context: .init(referenceDate: CalendarDay(year: 2024, month: 3, day: 16)))
    let encoded = try entities.map {
      try JSONSerialization.jsonObject(with: encoder.encode($0.value), options: .fragmentsAllowed) as? NSObject
    }
    #expect(written.count == encoded.count && !written.isEmpty)
    for (cli, library) in zip(written, encoded) { #expect(cli == library) }
  }
}
