/// Reads a TSV table held in a raw string literal, line by line and field by field, over its
/// UTF-8 bytes: no per-line strings or arrays are made.
struct TSVScanner {
  /// Calls `body` with each non-empty line's fields as byte ranges into `bytes`.
  static func forEachLine(
    _ table: String, _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<Range<Int>>) -> Void
  ) {
    var table = table
    table.withUTF8 { bytes in
      withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 16) { fields in
        var start = 0
        var fieldStart = 0
        var count = 0
        for index in 0...bytes.count {
          let byte: UInt8 = index < bytes.count ? bytes[index] : 10
          if byte == 9 || byte == 10 {
            if count < 16 {
              fields[count] = fieldStart..<index
              count += 1
            }
            fieldStart = index + 1
            if byte == 10 {
              if index > start { body(bytes, UnsafeBufferPointer(rebasing: fields[0..<count])) }
              start = index + 1
              count = 0
            }
          }
        }
      }
    }
  }

  @inline(__always) static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  @inline(__always) static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var value = 0
    for index in range { value = value * 10 + Int(bytes[index] &- 48) }
    return value
  }

  /// Calls `body` with each scalar of the UTF-8 text in `range`.
  @inline(__always) static func forEachScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UInt32) -> Void
  ) {
    var index = range.lowerBound
    while index < range.upperBound {
      let lead = UInt32(bytes[index])
      if lead < 0x80 {
        body(lead)
        index += 1
      } else if lead < 0xE0 {
        body((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
        index += 2
      } else if lead < 0xF0 {
        body((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
        index += 3
      } else {
        body((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F))
        index += 4
      }
    }
  }

  /// Calls `body` with each `|`-separated part of `range` (none when it is empty).
  @inline(__always) static func forEachPart(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>) -> Void
  ) {
    var start = range.lowerBound
    for index in range.lowerBound...range.upperBound where index == range.upperBound || bytes[index] == 0x7C {
      if index > start { body(start..<index) }
      start = index + 1
    }
  }
}
