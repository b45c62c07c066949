// The only Swift file that sees the C shim: every ICU call goes through here.
internal import CICUShim
import Synchronization

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

    /// The tokens of a run of Unicode scalars, as scalar offsets into it (0 at its start).
    func segment(scalars: some Collection<UInt32>, _ body: (_ start: Int, _ end: Int) -> Void) throws(ExtractorError) {
      var utf16: [UInt16] = []
      var scalarAt: [Int] = []  // UTF-16 offset → scalar offset
      utf16.reserveCapacity(scalars.count)
      for (offset, value) in scalars.enumerated() {
        for unit in UTF16.encode(Unicode.Scalar(value) ?? "\u{FFFD}")! {
          utf16.append(unit)
          scalarAt.append(offset)
        }
      }
      scalarAt.append(scalars.count)
      try segment(utf16) { start, end, _ in body(scalarAt[start], scalarAt[end]) }
    }
  }

  /// A day of the Chinese lunar calendar as a Gregorian day, through ICU's Chinese calendar.
  /// Each conversion opens two ICU calendars (some 80,000 instructions), so the days asked
  /// for (festivals, mostly) are remembered.
  static func gregorian(lunarYearStartingIn year: Int, month: Int, leap: Bool = false, day: Int) throws(ExtractorError) -> CalendarDay {
    let key = LunarDay(year: year, month: month, leap: leap, day: day)
    if let known = lunarDays.withLock({ $0[key] }) { return known }
    var out = [Int32](repeating: 0, count: 3)
    var status: Int32 = 0
    cicu_lunar_to_gregorian(Int32(year), Int32(month), leap, Int32(day), &out, &status)
    try check(status, "ucal (chinese)")
    let gregorian = CalendarDay(year: Int(out[0]), month: Int(out[1]), day: Int(out[2]))
    lunarDays.withLock { days in
      if days.count >= 4096 { days.removeAll() }
      days[key] = gregorian
    }
    return gregorian
  }

  private struct LunarDay: Hashable {
    let year: Int, month: Int, leap: Bool, day: Int
  }

  private static let lunarDays = Mutex<[LunarDay: CalendarDay]>([:])
}

extension ICU {
  /// A converter from `charset` to UTF-8 kept open across the pieces of one stream. Not
  /// thread-safe: one per stream.
  final class StreamConverter {
    private let decoder: OpaquePointer
    let charset: String

    init(charset: String, stopOnInvalid: Bool) throws(ExtractorError) {
      var status: Int32 = 0
      let opened = cicu_decoder_open(charset, stopOnInvalid, &status)
      if status == 4 { throw .unknownEncoding(charset) }  // U_FILE_ACCESS_ERROR: no such converter
      try ICU.check(status, "ucnv_open")
      guard let opened else { throw .icu(function: "ucnv_open", code: -1, name: "no converter") }
      decoder = opened
      self.charset = charset
    }

    deinit { cicu_decoder_close(decoder) }

    /// Invalid sequences replaced so far (when not stopping on them).
    var replacements: Int { Int(cicu_decoder_replacements(decoder)) }

    /// The UTF-8 of the next piece. An invalid sequence throws `.invalidBytes` with its
    /// offset relative to the start of `bytes` (negative when it began in the previous piece).
    func convert(_ bytes: [UInt8], flush: Bool) throws(ExtractorError) -> [UInt8] {
      let source = bytes.isEmpty ? [0] : bytes
      let length = Int32(bytes.count)
      var status: Int32 = 0
      var errorOffset: Int32 = 0
      var written: Int32 = 0
      // At most three UTF-8 bytes per input byte (a U+FFFD for each bad byte), plus a held character.
      let output = [UInt8](unsafeUninitializedCapacity: bytes.count * 3 + 64) { target, count in
        written = source.withUnsafeBufferPointer { source in
          source.withMemoryRebound(to: CChar.self) { source in
            target.withMemoryRebound(to: CChar.self) { target in
              cicu_decoder_convert(
                decoder, source.baseAddress!, length, flush, target.baseAddress!, Int32(target.count), &errorOffset, &status)
            }
          }
        }
        count = Int(written)
      }
      if status == 10 || status == 11 || status == 12 { throw .invalidBytes(encoding: charset, byteOffset: Int(errorOffset)) }
      try ICU.check(status, "ucnv_convertEx")
      return output
    }
  }

  /// ICU's guess at the charset of `bytes`: its name and confidence (0–100).
  static func detectCharset(_ bytes: [UInt8]) throws(ExtractorError) -> (name: String, confidence: Int)? {
    var name = [CChar](repeating: 0, count: 64)
    var status: Int32 = 0
    let sample = Array(bytes.prefix(1 << 16))
    let confidence = sample.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { buffer in
        cicu_detect_charset(buffer.baseAddress!, Int32(buffer.count), &name, Int32(name.count), &status)
      }
    }
    try check(status, "ucsdet_detect")
    guard confidence >= 0 else { return nil }
    return (String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
  }

  /// An ICU transliterator, e.g. "Traditional-Simplified". Not thread-safe: one per call.
  final class Transliterator {
    private let transliterator: OpaquePointer

    init(_ id: String) throws(ExtractorError) {
      var status: Int32 = 0
      let opened = cicu_transliterator_open(id, &status)
      try ICU.check(status, "utrans_open")
      guard let opened else { throw .icu(function: "utrans_open", code: -1, name: "no transliterator") }
      transliterator = opened
    }

    deinit { cicu_transliterator_close(transliterator) }

    /// The transliterated UTF-16 text.
    func apply(_ text: [UInt16]) throws(ExtractorError) -> [UInt16] {
      var capacity = text.count + text.count / 4 + 16
      while true {
        var buffer = text + [UInt16](repeating: 0, count: capacity - text.count)
        var length = Int32(text.count)
        var status: Int32 = 0
        let done = buffer.withUnsafeMutableBufferPointer { pointer in
          cicu_transliterate(transliterator, pointer.baseAddress!, &length, Int32(capacity), &status)
        }
        if !done && status == 15 {
          capacity *= 2
          continue
        }
        try ICU.check(status, "utrans_transUChars")
        return Array(buffer.prefix(Int(length)))
      }
    }
  }
}
