// A libFuzzer target over the whole extractor: decoding in every encoding, then extraction of
// every kind, checking the output invariants. Build and run (see README, "Fuzzing"):
//   swift build -c release --product zh-extract-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
//   .build/release/zh-extract-fuzz -max_total_time=1800 Fuzz/corpus
// Without -DFUZZING it builds as a plain program that replays files given as arguments.
import Foundation
import ZhExtract

private let extractor = try! EntityExtractor()

/// Runs one input; traps (a fuzzer finding) when an invariant breaks.
func exercise(_ bytes: [UInt8]) {
  for encoding in TextDecoding.Encoding.allCases {
    guard let decoded = try? TextDecoding.decode(bytes, encoding: encoding, lossy: true) else { continue }
    let text = decoded.text
    let entities = extractor.extract(from: text, kinds: Set(EntityKind.allCases))
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for entity in entities {
      precondition(entity.scalarOffsets.lowerBound >= previousEnd, "overlap or unsorted")
      precondition(entity.scalarOffsets.upperBound <= scalars.count, "offset past the end")
      precondition(String(text[entity.range]) == entity.text, "text is not the substring")
      previousEnd = entity.scalarOffsets.upperBound
    }
    _ = ChineseNumber.parse(text)
    _ = MoneyParser.parse(text)
  }
  checkStreaming(bytes)
}

/// Decoding in pieces must equal decoding whole, in text and in the offset of a bad sequence.
func checkStreaming(_ bytes: [UInt8]) {
  let size = 1 + Int(bytes.first ?? 0) % 7
  for encoding in [TextDecoding.Encoding.gb18030, .big5, .utf16] {
    for lossy in [false, true] {
      let whole = Result { () throws(ExtractorError) in try TextDecoding.decode(bytes, encoding: encoding, lossy: lossy).text }
      let pieces = Result { () throws(ExtractorError) -> String in
        let stream = try TextDecoding.Stream(sniffing: bytes, encoding: encoding, lossy: lossy)
        var text = ""
        for start in stride(from: 0, to: bytes.count, by: size) {
          text += try stream.decode(Array(bytes[start..<min(start + size, bytes.count)]))
        }
        return text + (try stream.finish())
      }
      switch (whole, pieces) {
      case (.success(let a), .success(let b)): precondition(a == b, "stream text differs")
      case (.failure(let a), .failure(let b)): precondition(a == b, "stream error differs: \(a) vs \(b)")
      default: preconditionFailure("stream and whole disagree: \(whole) vs \(pieces)")
      }
    }
  }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  exercise(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under this name; hand control to libFuzzer.
@_cdecl("zh_extract_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
}
#else
@main
enum ReplayCorpus {
  static func main() {
    for path in CommandLine.arguments.dropFirst() {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      exercise([UInt8](data))
    }
  }
}
#endif
