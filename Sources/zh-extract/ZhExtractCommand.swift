import ArgumentParser

@main
struct ZhExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "zh-extract",
    abstract: "Extract money, dates, places and organizations from Chinese news text.",
    discussion: """
      Exit codes: 0 success; 1 some input could not be read or parsed (the rest was still \
      processed; each problem is reported on stderr); 64 bad command line.
      """,
    version: "0.1.0",
    subcommands: [Extract.self, Parse.self, Tokenize.self, Bench.self],
    defaultSubcommand: Extract.self)
}

/// Exit codes the CLI documents in --help and README.
enum ExitStatus {
  /// Some input failed (missing file, invalid UTF-8, malformed JSONL line); the rest was processed.
  static let inputFailed = ExitCode(1)
}
