import Dispatch

/// Maps `items` on up to `jobs` threads; results come back in input order.
enum ParallelMap {
  static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    guard jobs > 1, items.count > 1 else { return items.map(transform) }
    let results = ResultSlots<R>(count: items.count)
    let workers = min(jobs, items.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < items.count {
        results.set(index, transform(items[index]))
        index += workers
      }
    }
    return results.values()
  }
}

extension Collection {
  /// The elements in consecutive groups of `size` (the last one shorter).
  func chunks(of size: Int) -> [[Element]] {
    var groups: [[Element]] = []
    var start = startIndex
    while start != endIndex {
      let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
      groups.append(Array(self[start..<end]))
      start = end
    }
    return groups
  }
}

/// Slots each written by exactly one worker, read after all have finished. The storage is
/// allocated once, so workers never touch a shared Swift array (which would be a
/// simultaneous access).
private final class ResultSlots<R>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<R?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: R) { slots[index] = value }

  func values() -> [R] { slots.map { $0! } }
}
