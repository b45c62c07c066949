import Benchmark
import Foundation
import ZhExtract

/// ICU's word break alone (the baseline), the scalar scan, the number parser, each kind alone
/// and all kinds together (one document per call, and in batches of 64 as `zh-extract` hands
/// over JSONL lines), on the 1 MB and 16 MB corpora. Every benchmark checks its result
/// once against `expected-counts.tsv`, so a change that is fast because it is broken fails.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .milliseconds,
    warmupIterations: 1,
    maxDuration: .seconds(5),
    maxIterations: 20)

  let extractor = try! EntityExtractor()
  let segmenter = WordSegmenter()
  let runs: [(String, Set<EntityKind>)] =
    [("scalar scan", [])] + EntityKind.allCases.map { ($0.rawValue, [$0]) } + [("all kinds", Set(EntityKind.allCases))]

  for corpusName in ["news-1MB.txt", "news-16MB.txt"] {
    let corpus = Corpus.load(corpusName)
    let label = corpusName.replacingOccurrences(of: "news-", with: "").replacingOccurrences(of: ".txt", with: "")
    let utf16 = corpus.documents.map { Array($0.utf16) }

    Benchmark("ICU word break (\(label))", configuration: .init(scalingFactor: .one)) { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(try! segmenter.countTokens(inEach: utf16))
      }
    } setup: {
      ExpectedCounts.check("\(label) icu tokens", try! segmenter.countTokens(inEach: utf16))
    }

    for (name, kinds) in runs {
      let count = {
        var total = 0
        for document in corpus.documents { total += extractor.extract(from: document, kinds: kinds).count }
        return total
      }
      Benchmark("\(name) (\(label))") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(count()) }
      } setup: {
        ExpectedCounts.check("\(label) \(name)", count())
      }
    }

    let batches = stride(from: 0, to: corpus.documents.count, by: 64).map {
      Array(corpus.documents[$0..<min($0 + 64, corpus.documents.count)])
    }
    let batchedCount = {
      batches.reduce(0) { total, batch in total + extractor.extract(from: batch, kinds: Set(EntityKind.allCases)).reduce(0) { $0 + $1.count } }
    }
    Benchmark("all kinds, batched (\(label))") { benchmark in
      for _ in benchmark.scaledIterations { blackHole(batchedCount()) }
    } setup: {
      ExpectedCounts.check("\(label) all kinds", batchedCount())  // the same entities as one by one
    }
  }

  // The number parser on every numeral form the fixtures use, 10,000 parses per iteration.
  let numerals = ["三千二百亿", "170亿", "九百五十亿", "1.2万", "两万五", "一百零五", "１２．５", "八百二十三", "2.3万", "五百六十一"]
  Benchmark("number parser (10k parses)") { benchmark in
    for _ in benchmark.scaledIterations {
      var parsed = 0
      for _ in 0..<1_000 { for numeral in numerals where ChineseNumber.parse(numeral) != nil { parsed += 1 } }
      blackHole(parsed)
    }
  } setup: {
    ExpectedCounts.check("number parser", numerals.filter { ChineseNumber.parse($0) != nil }.count)
  }
}
