import Foundation

/// Entity and token counts recorded for the benchmark corpora (`expected-counts.tsv`, one
/// `name<TAB>count` per line). A benchmark whose result no longer matches stops with a message:
/// either the change broke extraction, or it changed results on purpose and the file is
/// re-recorded with `ZH_BENCH_RECORD=1 swift package benchmark`.
enum ExpectedCounts {
  private static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("expected-counts.tsv")

  private static let recorded: [String: Int] = {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
    var counts: [String: Int] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "\t")
      if fields.count == 2, let count = Int(fields[1]) { counts[String(fields[0])] = count }
    }
    return counts
  }()

  static func check(_ name: String, _ count: Int) {
    if ProcessInfo.processInfo.environment["ZH_BENCH_RECORD"] != nil {
      // Replace this name's line (or add it), keeping the others in their order.
      let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      var lines = old.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(name + "\t") }
      lines.append("\(name)\t\(count)")
      try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
      return
    }
    guard let expected = recorded[name] else {
      fatalError("no recorded count for '\(name)' (got \(count)); record with ZH_BENCH_RECORD=1")
    }
    precondition(count == expected, "'\(name)': \(count) results, \(expected) recorded: broken, or re-record")
  }
}
