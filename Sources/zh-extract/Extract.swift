import ArgumentParser
import Foundation
import ZhExtract

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract entities from files (or stdin) and print them.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv, text }
  enum Input: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

  @Argument(help: "Text files to read; stdin when none is given.")
  var files: [String] = []

  @Option(help: "Kinds to report, comma separated: money,date,place,org,person,percent.")
  var kinds: String = "money,date,place,org"

  @Option(help: "Output format: jsonl, tsv or text.")
  var format: Format = .jsonl

  @Option(help: "Input format: text (one document per file) or jsonl (lines of {\"id\", \"text\"}).")
  var input: Input = .text

  @Option(help: "Reference date for relative and partial dates, YYYY-MM-DD.")
  var referenceDate: String?

  @Flag(help: "Also print the rule that produced each entity.")
  var explain = false

  @Option(help: "Text encoding of text input: auto (byte-order mark, UTF-8 validity, then ICU's detector), utf-8, gb18030, big5, utf-16.")
  var encoding: String = "auto"

  @Flag(help: "Replace invalid bytes with U+FFFD (and report how many) instead of failing the document.")
  var lossy = false

  @Option(help: "Worker threads (default: all cores). Output order always follows the input.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    _ = try parsedKinds()
    guard TextDecoding.Encoding(rawValue: encoding.lowercased()) != nil else {
      throw ValidationError("--encoding must be one of auto, utf-8, gb18030, big5, utf-16, not '\(encoding)'")
    }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if let referenceDate, CalendarDay(iso: referenceDate) == nil {
      throw ValidationError("--reference-date must be a valid date written YYYY-MM-DD, not '\(referenceDate)'")
    }
  }

  func parsedKinds() throws -> Set<EntityKind> {
    var result: Set<EntityKind> = []
    for name in kinds.split(separator: ",") {
      let trimmed = name.trimmingCharacters(in: .whitespaces)
      guard let kind = EntityKind(rawValue: trimmed == "organization" ? "org" : trimmed) else {
        throw ValidationError("unknown kind '\(trimmed)'; use money, date, place, org, person, percent")
      }
      result.insert(kind)
    }
    return result
  }

  func run() throws {
    let extractor = try EntityExtractor()
    let context = ExtractionContext(referenceDate: referenceDate.flatMap(CalendarDay.init(iso:)))
    let progress = Progress.forTerminal()
    let job = ExtractionJob(
      extractor: extractor, kinds: try parsedKinds(), context: context, writer: EntityWriter(format: format, explain: explain),
      jobs: jobs, encoding: TextDecoding.Encoding(rawValue: encoding.lowercased()) ?? .auto, lossy: lossy, progress: progress)
    var failed = false
    let sources = files.isEmpty ? [InputSource.standardInput] : files.map(InputSource.file)
    for source in sources {
      switch input {
      case .text: failed = job.processDocument(source) || failed
      case .jsonl: failed = job.processLines(source) || failed
      }
      Output.flush()
    }
    progress?.finish()
    if failed { throw ExitStatus.inputFailed }
  }
}
