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
    let text = try source.readUTF8OrExit()
    let tokens = try WordSegmenter().tokens(of: text)
    for token in tokens {
      Output.write("\(token.text)\t\(token.scalarOffsets.lowerBound)\t\(token.scalarOffsets.upperBound)\t\(token.category.rawValue)\n")
    }
    Output.flush()
  }
}
