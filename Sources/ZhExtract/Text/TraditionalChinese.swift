import Foundation

/// Text in Traditional characters is read through ICU's Traditional→Simplified transliterator,
/// one character for one, so every offset into the simplified copy is an offset into the
/// original and entities keep the original's text.
enum TraditionalChinese {
  /// Frequent characters that exist only in Traditional writing.
  private static let traditionalOnly = ScalarSet(
    "們個來時為會國學說經發動後過對現與關開問實進應產當還點從種頭體樣電話麼機長將團區報導記場這門義萬億兩際價錢務財證銀員稅臺灣華東亞歐蘇聯衛讓處級歲廣縣鄉鎮雲龍黨議總統陸軍營業條邊達協資設計劃"
.unicodeScalars.map(\.value))

  /// True when a sample of the text is clearly Traditional.
  static func looksTraditional(_ text: ScalarText) -> Bool {
    var hits = 0
    var han = 0
    let traditionalOnly = Self.traditionalOnly
    text.scalars.withUnsafeBufferPointer { scalars in
      for c in scalars.prefix(4096) where CharacterClass.isHan(c) {
        han += 1
        if traditionalOnly.contains(c) { hits += 1 }
      }
    }
    return hits >= 2 && hits * 40 >= han
  }

  /// The simplified copy, scalar for scalar; nil when ICU is unavailable.
  static func simplified(_ text: ScalarText) -> ScalarText? {
    guard let transliterator = pool.take() else { return nil }
    defer { pool.give(transliterator) }
    var result = text.scalars
    // Convert runs of BMP Han characters in one call; keep each run only when ICU maps it one
    // to one, else fall back to converting its characters one at a time.
    var index = 0
    while index < result.count {
      guard CharacterClass.isHan(result[index]), result[index] <= 0xFFFF else {
        index += 1
        continue
      }
      var end = index
      while end < result.count, CharacterClass.isHan(result[end]), result[end] <= 0xFFFF, end - index < 4096 { end += 1 }
      let run = result[index..<end].map { UInt16($0) }
      if let converted = try? transliterator.apply(run), converted.count == run.count {
        for (offset, unit) in converted.enumerated() { result[index + offset] = UInt32(unit) }
      } else {
        for offset in index..<end {
          if let single = try? transliterator.apply([UInt16(result[offset])]), single.count == 1 {
            result[offset] = UInt32(single[0])
          }
        }
      }
      index = end
    }
    return ScalarText(scalars: result)
  }

  /// ICU transliterators are costly to open and not thread-safe: a small pool shares them.
  private static let pool = TransliteratorPool()
}

private final class TransliteratorPool: @unchecked Sendable {
  private let lock = NSLock()
  private var idle: [ICU.Transliterator] = []

  func take() -> ICU.Transliterator? {
    lock.lock()
    if let transliterator = idle.popLast() {
      lock.unlock()
      return transliterator
    }
    lock.unlock()
    return try? ICU.Transliterator("Traditional-Simplified")
  }

  func give(_ transliterator: ICU.Transliterator) {
    lock.lock()
    if idle.count < 16 { idle.append(transliterator) }
    lock.unlock()
  }
}
