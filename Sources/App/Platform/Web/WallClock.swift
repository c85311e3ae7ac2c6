import Foundation
import NIOConcurrencyHelpers

/// The time, as a dependency: tests move it to check expiry and throttling without waiting.
package protocol WallClock: Sendable {
    var now: Date { get }
}

struct SystemClock: WallClock {
    package var now: Date { Date() }
}

/// A clock that stands still until a test moves it.
final class FixedClock: WallClock, @unchecked Sendable {
    private let lock = NIOLock()
    private var current: Date

    init(_ start: Date) {
        current = start
    }

    package var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}
