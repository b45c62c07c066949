/// Errors the library reports; each carries what a person needs to fix the input.
public enum ExtractorError: Error, Sendable, Hashable, CustomStringConvertible {
  /// An ICU call failed.
  case icu(function: String, code: Int32, name: String)
  /// Bytes that are not valid in the encoding they were read as.
  case invalidBytes(encoding: String, byteOffset: Int)
  /// An encoding name ICU does not know.
  case unknownEncoding(String)

  public var description: String {
    switch self {
    case .icu(let function, let code, let name): "ICU \(function) failed: \(name) (\(code))"
    case .invalidBytes(let encoding, let offset): "invalid \(encoding) at byte offset \(offset)"
    case .unknownEncoding(let name): "unknown encoding '\(name)'"
    }
  }
}
