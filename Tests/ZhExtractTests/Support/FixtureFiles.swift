import Foundation

/// The repository's `Fixtures/` folder, found from this source file.
enum FixtureFiles {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
  }

  static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// Every `.txt` fixture written in UTF-8.
  static func allUTF8Texts() throws -> [String] {
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    var texts: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "txt", let data = try? Data(contentsOf: url),
        let text = String(data: data, encoding: .utf8)
      else { continue }
      texts.append(text)
    }
    return texts
  }
}
