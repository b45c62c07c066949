/// What the caller knows about a text: above all, the date it was written.
public struct ExtractionContext: Sendable, Hashable {
  /// The date relative and partial dates resolve against. When nil, the extractor uses the
  /// text's own dateline (its first full date); failing that, years stay unknown (`XXXX`).
  public var referenceDate: CalendarDay?

  public init(referenceDate: CalendarDay? = nil) {
    self.referenceDate = referenceDate
  }
}

/// A day of the Gregorian calendar, with no time zone.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; nil when the text is not a valid date.
  public init?(iso text: String) {
    let parts = text.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), (1...12).contains(month), (1...CalendarDay.days(inMonth: month, year: year)).contains(day)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public var description: String {
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
      return "\(String(format4: year))-\(String(format2: month))-\(String(format2: day))"
    }
    // In one buffer: dates render for every date entity, and pieces joined cost twice as much.
    return String(unsafeUninitializedCapacity: 10) { bytes in
      writeDigits(year, width: 4, into: bytes, at: 0)
      bytes[4] = UInt8(ascii: "-")
      writeDigits(month, width: 2, into: bytes, at: 5)
      bytes[7] = UInt8(ascii: "-")
      writeDigits(day, width: 2, into: bytes, at: 8)
      return 10
    }
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension String {
  /// Zero-padded to two digits.
  init(format2 value: Int) { self.init(zeroPadded: value, width: 2) }
  /// Zero-padded to four digits.
  init(format4 value: Int) { self.init(zeroPadded: value, width: 4) }

  /// Written digit by digit (dates render for every date entity); a negative value, or one
  /// too wide, as usual.
  private init(zeroPadded value: Int, width: Int) {
    var limit = 1
    for _ in 0..<width { limit *= 10 }
    guard value >= 0, value < limit else {
      self = "\(value)"
      return
    }
    self = String(unsafeUninitializedCapacity: width) { bytes in
      writeDigits(value, width: width, into: bytes, at: 0)
      return width
    }
  }
}

/// Writes `value` (at least 0, below 10^width) as `width` decimal digits from `start`.
private func writeDigits(_ value: Int, width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
  var rest = value
  for index in stride(from: start + width - 1, through: start, by: -1) {
    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
    rest /= 10
  }
}
