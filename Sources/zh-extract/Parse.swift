import ArgumentParser
import Foundation
import ZhExtract

struct Parse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read each JSONL line's whole \"text\" as one value (money or number) and print it.",
    discussion: "Input lines: {\"id\": ..., \"text\": ...}. Output lines: {\"id\": ..., \"value\": ...}, value null when the text is not one value.")

  enum Kind: String, ExpressibleByArgument, CaseIterable { case money, number }

  @Option(name: .customLong("as"), help: "What the texts are: money or number.")
  var kind: Kind = .money

  @Argument(help: "A JSONL file; stdin when omitted.")
  var file: String?

  func run() throws {
    let source = file.map(InputSource.file) ?? .standardInput
    let bytes = try source.readBytesOrExit()
    var failed = false
    for (index, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
      switch JSONLRecord.parse(Array(line)) {
      case .success(let record):
        Output.write("{\"id\":\(record.id.json),\"value\":\(value(of: record.text))}\n")
      case .failure(let problem):
        Diagnostics.report("\(source.name):\(index + 1): \(problem.message)")
        failed = true
      }
    }
    Output.flush()
    if failed { throw ExitStatus.inputFailed }
  }

  private func value(of text: String) -> String {
    switch kind {
    case .money:
      return MoneyParser.parse(text).map { ValueJSON.render(.money($0)) } ?? "null"
    case .number:
      return ChineseNumber.parse(text.trimmingCharacters(in: .whitespaces)).map { JSONText.quoted($0.value.description) } ?? "null"
    }
  }
}
