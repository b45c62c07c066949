import Foundation

/// The benchmark corpora that `make_corpus.py` writes from the fixture pages.
enum Corpus {
  /// The paragraphs of `Benchmarks/corpus/<name>`, one document each, and the file's size.
  static func load(_ name: String) -> (documents: [String], bytes: Int) {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("corpus").appendingPathComponent(name)
    guard let data = try? Data(contentsOf: url) else {
      fatalError("missing \(url.path): run `python3 Benchmarks/make_corpus.py` first")
    }
    let text = String(decoding: data, as: UTF8.self)
    return (text.split(separator: "\n").map(String.init), data.count)
  }
}
