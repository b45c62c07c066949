import ArgumentParser
import Foundation
import ZhExtract

/// Where a document comes from: a file path or standard input.
enum InputSource {
  case file(String)
  case standardInput

  var name: String {
    switch self {
    case .file(let path): path
    case .standardInput: "<stdin>"
    }
  }

  /// A handle to read the source from, after the same checks as `readBytes`.
  func open() throws(InputError) -> FileHandle {
    switch self {
    case .standardInput:
      return FileHandle.standardInput
    case .file(let path):
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missingFile(path) }
      guard !isDirectory.boolValue else { throw .unreadable(path, reason: "is a directory") }
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw .unreadable(path, reason: "permission denied")
      }
      return handle
    }
  }

  /// All bytes of the source, or, after reporting why not on stderr, the input-failed exit.
  func readBytesOrExit() throws(ExitCode) -> [UInt8] {
    do {
      return try readBytes()
    } catch {
      Diagnostics.report(error.description)
      throw ExitStatus.inputFailed
    }
  }

  /// All of the source as UTF-8 text, or, after reporting the first invalid byte, the exit.
  func readUTF8OrExit() throws(ExitCode) -> String {
    let bytes = try readBytesOrExit()
    if let offset = TextDecoding.firstInvalidUTF8(in: bytes) {
      Diagnostics.report(InputError.invalidUTF8(name, byteOffset: offset).description)
      throw ExitStatus.inputFailed
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// All bytes of the source.
  func readBytes() throws(InputError) -> [UInt8] {
    switch self {
    case .standardInput:
      return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    case .file(let path):
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .missingFile(path)
      }
      guard !isDirectory.boolValue else { throw .unreadable(path, reason: "is a directory") }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .unreadable(path, reason: "permission denied or I/O error")
      }
      return [UInt8](data)
    }
  }
}

/// A problem with one input, reported on stderr; the other inputs are still processed.
enum InputError: Error, CustomStringConvertible {
  case missingFile(String)
  case unreadable(String, reason: String)
  case invalidUTF8(String, byteOffset: Int)
  case invalidBytes(String, encoding: String, byteOffset: Int)

  var description: String {
    switch self {
    case .missingFile(let path): "\(path): no such file"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .invalidUTF8(let path, let offset): "\(path): invalid UTF-8 at byte offset \(offset) (use --lossy to replace bad bytes, or --encoding to name the encoding)"
    case .invalidBytes(let path, let encoding, let offset): "\(path): invalid \(encoding) at byte offset \(offset) (use --lossy to replace bad bytes)"
    }
  }
}

enum Diagnostics {
  static func report(_ message: String) {
    FileHandle.standardError.write(Data("zh-extract: \(message)\n".utf8))
  }
}
