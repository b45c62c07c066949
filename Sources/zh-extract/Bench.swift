import ArgumentParser
import Foundation
import ZhExtract

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure throughput (MB/s of UTF-8 input) on a file: ICU word break alone, each kind, all kinds.",
    discussion: """
      Single thread, in this process, on the same text (timed in thread CPU time), one line per call as a \
      paragraph would come, and for all four kinds also in batches of lines as `extract` passes JSONL lines; \
      prints the ratio of each to ICU's word break.
      """)

  @Argument(help: "A UTF-8 text file (news text).")
  var file: String

  @Option(help: "Minimum seconds to run each measurement.")
  var seconds: Double = 1.0

  @Option(help: "Measure only these kinds together, comma separated (for profiling); default: each kind, then all.")
  var kinds: String?

  @Flag(help: "With --kinds: hand the lines to the library in batches, as `extract` does with JSONL lines.")
  var batch = false

  @Flag(inversion: .prefixedNo, help: "Measure ICU's word break first, as the baseline (--no-baseline when profiling the extractor alone).")
  var baseline = true

  func run() throws {
    let source = InputSource.file(file)
    let text = try source.readUTF8OrExit()
    // Documents as a user feeds them: one paragraph (line) at a time.
    // Lines cut at the byte level (a split by Character costs more than a pass of the
    // extractor and keeps `\r\n` whole), without their `\r`.
    let documents = text.utf8.split(separator: UInt8(ascii: "\n")).map { line in
      String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
    }.filter { !$0.isEmpty }
    let megabytes = Double(text.utf8.count) / 1_000_000
    let loadStart = DispatchTime.now()
    let loadCPUStart = Self.cpuSeconds(CLOCK_PROCESS_CPUTIME_ID)
    let extractor = try EntityExtractor()
    let loadCPUMilliseconds = (Self.cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - loadCPUStart) * 1000
    let loadMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e6
    print("file: \(file) (\(String(format: "%.2f", megabytes)) MB, \(documents.count) lines), ICU \(WordSegmenter.icuVersion)")
    print("extractor start-up: \(String(format: "%.1f", loadMilliseconds)) ms, \(String(format: "%.1f", loadCPUMilliseconds)) ms CPU on all threads"
      + " (place gazetteer \(String(format: "%.1f", PlaceGazetteer.shared.loadTime * 1000)) ms)")

    let segmenter = WordSegmenter()
    let utf16Documents = documents.map { Array($0.utf16) }
    let icu = baseline ? measure(seconds: seconds) { (try? segmenter.countTokens(inEach: utf16Documents)) ?? 0 } : nil
    if let icu { report("ICU word break", icu, baseline: icu, megabytes: megabytes, unit: "tokens") }
    // Batches as `extract` hands JSONL lines to the library.
    let batches = documents.chunks(of: ExtractionJob.linesPerCall)
    var runs: [(name: String, kinds: Set<EntityKind>, batched: Bool)] =
      EntityKind.core.sorted { $0.rawValue < $1.rawValue }.map { ($0.rawValue, [$0], false) }
      + [("all four kinds", EntityKind.core, false), ("all four, batched", EntityKind.core, true), ("person (extra)", [.person], false)]
    if let kinds {
      runs = [(kinds, Set(kinds.split(separator: ",").compactMap { EntityKind(rawValue: String($0)) }), batch)]
    }
    for (name, kinds, batched) in runs {
      let result = measure(seconds: seconds) {
        var count = 0
        if batched {
          for batch in batches { count += extractor.extract(from: batch, kinds: kinds).reduce(0) { $0 + $1.count } }
        } else {
          for document in documents { count += extractor.extract(from: document, kinds: kinds).count }
        }
        return count
      }
      report(name, result, baseline: icu, megabytes: megabytes, unit: "entities")
    }
  }

  private func measure(seconds: Double, _ body: () -> Int) -> (secondsPerPass: Double, count: Int) {
    var passes = 0
    var count = 0
    let start = Self.threadCPUSeconds()
    var elapsed = 0.0
    repeat {
      count = body()
      passes += 1
      elapsed = Self.threadCPUSeconds() - start
    } while elapsed < seconds
    return (elapsed / Double(passes), count)
  }

  /// CPU time of this thread: steadier than wall time on a machine shared with other work.
  private static func threadCPUSeconds() -> Double { cpuSeconds(CLOCK_THREAD_CPUTIME_ID) }

  private static func cpuSeconds(_ clock: clockid_t) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// One line: MB/s, the ratio to ICU's word break when it was measured, and the result count.
  private func report(
    _ name: String, _ result: (secondsPerPass: Double, count: Int), baseline: (secondsPerPass: Double, count: Int)?, megabytes: Double,
    unit: String
  ) {
    let speed = megabytes / result.secondsPerPass
    let ratio = baseline.map { String(format: "%5.2f× ICU  ", $0.secondsPerPass / result.secondsPerPass) } ?? ""
    let label = name.padding(toLength: 18, withPad: " ", startingAt: 0)
    print("\(label) \(String(format: "%8.1f", speed)) MB/s  \(ratio)(\(result.count) \(unit))")
  }
}
