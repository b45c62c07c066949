// The only Swift file that sees the C shim: every ICU call goes through here.
internal import CICUShim

/// ICU, reached through the `CICUShim` C target.
enum ICU {
  /// The version of the system ICU the library runs on, e.g. "72.1".
  static var version: String {
    var buffer = [CChar](repeating: 0, count: 32)
    cicu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Throws unless `status` is an ICU success code (zero or a negative warning).
  static func check(_ status: Int32, _ function: String) throws(ExtractorError) {
    guard status > 0 else { return }
    throw .icu(function: function, code: status, name: String(cString: cicu_error_name(status)))
  }

  /// An ICU word break iterator over one UTF-16 text. Not thread-safe: one per call.
  final class WordBreaker {
    private let breaker: OpaquePointer
    private var text: [UInt16] = []

    init(locale: String = "zh") throws(ExtractorError) {
      var status: Int32 = 0
      let opened = cicu_wordbreaker_open(locale, &status)
      try ICU.check(status, "ubrk_open")
      guard let opened else { throw .icu(function: "ubrk_open", code: -1, name: "no iterator") }
      breaker = opened
    }

    deinit { cicu_wordbreaker_close(breaker) }

    /// Boundaries (UTF-16 offsets) and the rule status of the token each one ends.
    func segment(_ utf16: [UInt16], _ body: (_ start: Int, _ end: Int, _ status: Int32) -> Void) throws(ExtractorError) {
      text = utf16
      guard !text.isEmpty else { return }
      var status: Int32 = 0
      text.withUnsafeBufferPointer { buffer in
        cicu_wordbreaker_set_utf16(breaker, buffer.baseAddress!, Int32(buffer.count), &status)
      }
      try ICU.check(status, "ubrk_setText")
      var start = Int(cicu_wordbreaker_first(breaker))
      while true {
        let end = Int(cicu_wordbreaker_next(breaker))
        if end < 0 { break }
        body(start, end, cicu_wordbreaker_rule_status(breaker))
        start = end
      }
    }
  }

  /// A day of the Chinese lunar calendar as a Gregorian day, through ICU's Chinese calendar.
  static func gregorian(lunarYearStartingIn year: Int, month: Int, leap: Bool = false, day: Int) throws(ExtractorError) -> CalendarDay {
    var out = [Int32](repeating: 0, count: 3)
    var status: Int32 = 0
    cicu_lunar_to_gregorian(Int32(year), Int32(month), leap, Int32(day), &out, &status)
    try check(status, "ucal (chinese)")
    return CalendarDay(year: Int(out[0]), month: Int(out[1]), day: Int(out[2]))
  }
}
