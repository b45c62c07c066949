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

/// Slots each written by exactly one worker, read after all have finished.
private final class ResultSlots<R>: @unchecked Sendable {
  private var slots: [R?]

  init(count: Int) { slots = [R?](repeating: nil, count: count) }

  func set(_ index: Int, _ value: R) {
    slots.withUnsafeMutableBufferPointer { $0[index] = value }
  }

  func values() -> [R] { slots.map { $0! } }
}
