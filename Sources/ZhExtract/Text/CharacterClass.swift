/// Character tests used by every recognizer's scan, on raw scalar values.
enum CharacterClass {
  /// 0–9 in ASCII or full width (０–９) → its value.
  @inline(__always) static func arabicDigit(_ c: UInt32) -> UInt32? {
    if c >= 0x30 && c <= 0x39 { return c - 0x30 }
    if c >= 0xFF10 && c <= 0xFF19 { return c - 0xFF10 }
    return nil
  }

  /// A Han ideograph (the CJK blocks news text uses).
  @inline(__always) static func isHan(_ c: UInt32) -> Bool {
    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
      || c == 0x3007
  }

  /// A space of any width (ASCII space, tab, no-break space, ideographic space).
  @inline(__always) static func isSpace(_ c: UInt32) -> Bool {
    c == 0x20 || c == 0x09 || c == 0xA0 || c == 0x3000
  }

  /// A Latin letter or an Arabic digit, in ASCII or full width.
  @inline(__always) static func isLatinOrDigit(_ c: UInt32) -> Bool { isLatinLetter(c) || arabicDigit(c) != nil }

  /// A Latin letter in ASCII or full width.
  @inline(__always) static func isLatinLetter(_ c: UInt32) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0xFF21 && c <= 0xFF3A)
      || (c >= 0xFF41 && c <= 0xFF5A)
  }

  /// Full-width ASCII folded to ASCII; anything else unchanged.
  @inline(__always) static func halfwidth(_ c: UInt32) -> UInt32 {
    c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c
  }
}
