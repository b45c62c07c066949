import Dispatch
import Synchronization

/// Maps `items` on up to `jobs` threads; results come back in input order.
enum ParallelMap {
  static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    guard jobs > 1, items.count > 1 else { return items.map(transform) }
    let results = ResultSlots<R>(count: items.count)
    // Each worker takes the next item as it finishes one, so a slow item holds up no other.
    let taken = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
      while true {
        let index = taken.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < items.count else { return }
        results.set(index, transform(items[index]))
      }
    }
    return results.values()
  }

  /// Maps batches as `map` does, one batch at a time, while the calling thread reads the next
  /// batch (`next`) and hands the previous one's results, in order, to `consume`: the workers
  /// do not wait for input or output. With one job, everything runs on the calling thread.
  static func pipeline<T: Sendable, R: Sendable>(
    jobs: Int, next: () -> [T]?, transform: @escaping @Sendable (T) -> R, consume: ([R]) -> Void
  ) {
    guard jobs > 1 else {
      while let batch = next() { consume(batch.map(transform)) }
      return
    }
    var upcoming = next()
    var finished: [R]?
    while let batch = upcoming {
      let running = Running<R>()
      DispatchQueue.global().async { running.finish(map(batch, jobs: jobs, transform)) }
      if let finished { consume(finished) }
      upcoming = next()
      finished = running.wait()
    }
    if let finished { consume(finished) }
  }
}

/// The results of one batch mapped on other threads, waited for by the thread that reads and writes.
private final class Running<R>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var results: [R] = []

  func finish(_ results: [R]) {
    self.results = results
    done.signal()
  }

  func wait() -> [R] {
    done.wait()
    return results
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
