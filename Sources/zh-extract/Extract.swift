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

  func validate() throws {
    _ = try parsedKinds()
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
    let writer = EntityWriter(format: format, explain: explain)
    let job = ExtractionJob(extractor: extractor, kinds: try parsedKinds(), context: context, writer: writer)
    var failed = false
    let sources = files.isEmpty ? [InputSource.standardInput] : files.map(InputSource.file)
    for source in sources {
      let outcome: Result<Bool, InputError>
      switch input {
      case .text: outcome = Result { () throws(InputError) -> Bool in try job.processDocument(source); return false }
      case .jsonl: outcome = Result { () throws(InputError) -> Bool in try job.processLines(source) }
      }
      switch outcome {
      case .success(let lineFailed): failed = failed || lineFailed
      case .failure(let error):
        Diagnostics.report(error.description)
        failed = true
      }
    }
    Output.flush()
    if failed { throw ExitStatus.inputFailed }
  }
}
