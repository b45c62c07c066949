import Foundation

/// ICU word breakers kept for reuse: opening one costs more than segmenting a paragraph, and
/// most documents need a few boundary decisions only. Each breaker is used by one thread at a time.
final class WordBreakerPool: @unchecked Sendable {
  static let shared = WordBreakerPool()
  private let lock = NSLock()
  private var idle: [ICU.WordBreaker] = []

  func take() -> ICU.WordBreaker? {
    lock.lock()
    let breaker = idle.popLast()
    lock.unlock()
    return breaker ?? (try? ICU.WordBreaker())
  }

  func give(_ breaker: ICU.WordBreaker) {
    lock.lock()
    if idle.count < 16 { idle.append(breaker) }
    lock.unlock()
  }
}

/// ICU word boundaries near an offset, computed on demand over the run of Han text around it
/// (at most `reach` scalars each side) and cached, so that only the few places that need a
/// segmentation decision pay for one. One per `collect` call: ICU iterators are not shared.
struct WordBoundaries {
  let text: ScalarText
  private var breaker: ICU.WordBreaker?
  private var unavailable = false
  /// The segmented window, and a boundary flag for each offset in it (both ends included).
  private var window = 0..<0
  private var marks: [Bool] = []
  private let reach = 6

  init(text: ScalarText) { self.text = text }

  /// Returns the breaker, if one was taken, to the pool.
  mutating func finish() {
    if let breaker { WordBreakerPool.shared.give(breaker) }
    breaker = nil
  }

  /// True when ICU puts a word boundary at `offset` (always at the text's ends and next to
  /// anything that is not Han).
  mutating func isBoundary(_ offset: Int) -> Bool {
    if offset <= 0 || offset >= text.count { return true }
    if !CharacterClass.isHan(text[offset - 1]) || !CharacterClass.isHan(text[offset]) { return true }
    if !(window.lowerBound < offset && offset < window.upperBound) { segment(around: offset) }
    guard window.contains(offset) else { return true }
    return marks[offset - window.lowerBound]
  }

  private mutating func segment(around offset: Int) {
    var lower = offset
    while lower > 0 && offset - lower < reach && CharacterClass.isHan(text[lower - 1]) { lower -= 1 }
    var upper = offset
    while upper < text.count && upper - offset < reach && CharacterClass.isHan(text[upper]) { upper += 1 }
    window = lower..<upper
    let count = upper - lower + 1
    if breaker == nil && !unavailable {
      breaker = WordBreakerPool.shared.take()
      unavailable = breaker == nil
    }
    guard let breaker else {
      marks = [Bool](repeating: true, count: count)
      return
    }
    var found = [Bool](repeating: false, count: count)
    do {
      try breaker.segment(scalars: text.scalars[lower..<upper]) { start, end in
        found[start] = true
        if end < count { found[end] = true }
      }
      marks = found
    } catch {
      marks = [Bool](repeating: true, count: count)
    }
  }
}
