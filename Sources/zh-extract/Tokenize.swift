import ArgumentParser
import Foundation
import ZhExtract

struct Tokenize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print ICU's word segmentation: one token per line with its offsets and category.")

  @Argument(help: "A text file; stdin when omitted.")
  var file: String?

  func run() throws {
    let source = file.map(InputSource.file) ?? .standardInput
    let bytes: [UInt8]
    switch Result(catching: { () throws(InputError) -> [UInt8] in try source.readBytes() }) {
    case .success(let read): bytes = read
    case .failure(let error):
      Diagnostics.report(error.description)
      throw ExitStatus.inputFailed
    }
    if let offset = TextDecoding.firstInvalidUTF8(in: bytes) {
      Diagnostics.report(InputError.invalidUTF8(source.name, byteOffset: offset).description)
      throw ExitStatus.inputFailed
    }
    let tokens = try WordSegmenter().tokens(of: String(decoding: bytes, as: UTF8.self))
    for token in tokens {
      Output.write("\(token.text)\t\(token.scalarOffsets.lowerBound)\t\(token.scalarOffsets.upperBound)\t\(token.category.rawValue)\n")
    }
    Output.flush()
  }
}
