/// Reads one line of JSON Lines that should hold an object and returns its top-level fields:
/// strings decoded, any other value as the text it was written with. Every value is checked
/// against the JSON grammar (RFC 8259), nested ones too, without recursion, so a malformed or
/// deeply nested line is an error and never a crash; a trailing comma is let pass, as
/// Foundation's `JSONSerialization` did. That parser did this job at twice the cost of the
/// extraction itself on the lines of the eval sets (as counted by callgrind).
struct JSONObjectReader {
  enum Field: Equatable {
    case string(String)
    /// A number, `true`, `false`, `null`, an array or an object, as written.
    case other(String)
  }

  enum Failure: Error, Equatable {
    case malformed
    /// Valid JSON, but not an object.
    case notAnObject
  }

  /// The top-level fields of the object `bytes` holds (valid UTF-8) among `names`, the last
  /// one winning for a repeated name. Other fields are checked but not decoded.
  static func fields(of bytes: [UInt8], named names: Set<String>) throws(Failure) -> [String: Field] {
    var reader = JSONObjectReader(bytes: bytes)
    return try reader.readObjectLine(keeping: names)
  }

  private let bytes: [UInt8]
  private var index = 0
  /// Nesting deeper than this is refused as malformed (JSONSerialization's limit is 512).
  private static let maximumDepth = 512

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private var current: UInt8 { index < bytes.count ? bytes[index] : 0 }

  private mutating func skipSpace() {
    while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
      index += 1
    }
  }

  private mutating func readObjectLine(keeping names: Set<String>) throws(Failure) -> [String: Field] {
    skipSpace()
    guard current == UInt8(ascii: "{") else {
      try skipValue()
      skipSpace()
      throw index == bytes.count ? .notAnObject : .malformed
    }
    index += 1
    var fields: [String: Field] = [:]
    var members = 0
    skipSpace()
    if current == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        skipSpace()
        if current == UInt8(ascii: "}") && members > 0 {  // a trailing comma, as JSONSerialization allowed
          index += 1
          break
        }
        guard current == UInt8(ascii: "\"") else { throw .malformed }
        let name = try readString()
        skipSpace()
        guard current == UInt8(ascii: ":") else { throw .malformed }
        index += 1
        skipSpace()
        members += 1
        if !names.contains(name) {
          try skipValue()
        } else if current == UInt8(ascii: "\"") {
          fields[name] = .string(try readString())
        } else {
          let start = index
          try skipValue()
          fields[name] = .other(Self.compacted(bytes[start..<index]))
        }
        skipSpace()
        if current == UInt8(ascii: ",") {
          index += 1
        } else if current == UInt8(ascii: "}") {
          index += 1
          break
        } else {
          throw .malformed
        }
      }
    }
    skipSpace()
    guard index == bytes.count else { throw .malformed }
    return fields
  }

  /// A checked value without the spaces between its tokens and without trailing commas:
  /// `[1, 2, ]` → `[1,2]`. Numbers stay as written (`1.50`).
  private static func compacted(_ value: ArraySlice<UInt8>) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(value.count)
    var inString = false
    var escaped = false
    var index = value.startIndex
    while index < value.endIndex {
      let byte = value[index]
      index += 1
      if inString {
        result.append(byte)
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D:
        continue
      case UInt8(ascii: ","):
        var next = index
        while next < value.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(value[next]) { next += 1 }
        if next < value.endIndex, value[next] == UInt8(ascii: "]") || value[next] == UInt8(ascii: "}") { continue }
      case UInt8(ascii: "\""):
        inString = true
      default:
        break
      }
      result.append(byte)
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// A string at `index` (on its opening quote), checked and decoded.
  private mutating func readString() throws(Failure) -> String {
    let start = index + 1
    guard try skipString() else { return String(decoding: bytes[start..<index - 1], as: UTF8.self) }
    // Escapes (rare): decode the checked string again from its start.
    let end = index
    index = start
    var decoded: [UInt8] = []
    while index < end - 1 {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\\") { try readEscape(into: &decoded) } else { decoded.append(byte) }
    }
    index = end
    return String(decoding: decoded, as: UTF8.self)
  }

  /// Steps over a string at `index` (on its opening quote), checking it: true when it holds escapes.
  @discardableResult
  private mutating func skipString() throws(Failure) -> Bool {
    index += 1
    var escaped = false
    var scratch: [UInt8] = []  // an escape is checked by decoding it
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\"") { return escaped }
      if byte == UInt8(ascii: "\\") {
        escaped = true
        try readEscape(into: &scratch)
        scratch.removeAll(keepingCapacity: true)
      } else if byte < 0x20 {
        throw .malformed
      }
    }
    throw .malformed  // no closing quote
  }

  /// The escape after a backslash, appended as UTF-8.
  private mutating func readEscape(into decoded: inout [UInt8]) throws(Failure) {
    let byte = current
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
    case UInt8(ascii: "b"): decoded.append(0x08)
    case UInt8(ascii: "f"): decoded.append(0x0C)
    case UInt8(ascii: "n"): decoded.append(0x0A)
    case UInt8(ascii: "r"): decoded.append(0x0D)
    case UInt8(ascii: "t"): decoded.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try readHex4()
      if (0xD800..<0xDC00).contains(scalar) {
        // A high surrogate needs its low half: \uD83D\uDE00.
        guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else { throw .malformed }
        index += 2
        let low = try readHex4()
        guard (0xDC00..<0xE000).contains(low) else { throw .malformed }
        scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(scalar) {
        throw .malformed  // a lone low surrogate
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw .malformed }
      decoded.append(contentsOf: UTF8.encode(unicode)!)
    default:
      throw .malformed
    }
  }

  private mutating func readHex4() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else { throw .malformed }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw .malformed
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  /// Steps over one value, checking it; arrays and objects through a stack of open
  /// containers (`[` or `{`) instead of recursion.
  private mutating func skipValue() throws(Failure) {
    var open: [UInt8] = []
    while true {
      skipSpace()
      // One scalar value, or the opening of a container.
      switch current {
      case UInt8(ascii: "\""):
        try skipString()
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        guard open.count < Self.maximumDepth else { throw .malformed }
        let container = current
        open.append(container)
        index += 1
        skipSpace()
        if current == (container == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")) {
          index += 1
          open.removeLast()
        } else {
          if container == UInt8(ascii: "{") { try readMemberName() }
          continue
        }
      case UInt8(ascii: "t"): try expect("true")
      case UInt8(ascii: "f"): try expect("false")
      case UInt8(ascii: "n"): try expect("null")
      default: try skipNumber()
      }
      // After a value: the next element, or the ends of the containers it closes.
      while let container = open.last {
        skipSpace()
        let close = container == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
        if current == close {
          index += 1
          open.removeLast()
        } else if current == UInt8(ascii: ",") {
          index += 1
          skipSpace()
          if current == close { continue }  // a trailing comma
          if container == UInt8(ascii: "{") { try readMemberName() }
          break
        } else {
          throw .malformed
        }
      }
      if open.isEmpty { return }
    }
  }

  /// `"name" :` inside an object.
  private mutating func readMemberName() throws(Failure) {
    skipSpace()
    guard current == UInt8(ascii: "\"") else { throw .malformed }
    try skipString()
    skipSpace()
    guard current == UInt8(ascii: ":") else { throw .malformed }
    index += 1
  }

  private mutating func expect(_ word: StaticString) throws(Failure) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw .malformed }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { throw .malformed }
    index += count
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  private mutating func skipNumber() throws(Failure) {
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    if current == UInt8(ascii: "-") { index += 1 }
    if current == UInt8(ascii: "0") {
      index += 1
    } else {
      guard isDigit(current) else { throw .malformed }
      while isDigit(current) { index += 1 }
    }
    if current == UInt8(ascii: ".") {
      index += 1
      guard isDigit(current) else { throw .malformed }
      while isDigit(current) { index += 1 }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard isDigit(current) else { throw .malformed }
      while isDigit(current) { index += 1 }
    }
  }
}
