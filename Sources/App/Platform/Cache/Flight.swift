import NIOConcurrencyHelpers

/// One computation that others wait for: whoever leads it calls `finish` once, and every
/// `wait`, before or after, gets that outcome. nil means "nothing to share, make your own".
final class Flight<Value: Sendable>: Sendable {
    private struct State {
        var outcome: Result<Value?, any Error>?
        var waiters: [CheckedContinuation<Value?, any Error>] = []
    }

    private let state = NIOLockedValueBox(State())

    func wait() async throws -> Value? {
        try await withCheckedThrowingContinuation { continuation in
            let outcome = state.withLockedValue { state -> Result<Value?, any Error>? in
                if state.outcome == nil { state.waiters.append(continuation) }
                return state.outcome
            }
            if let outcome { continuation.resume(with: outcome) }
        }
    }

    func finish(_ outcome: Result<Value?, any Error>) {
        let waiters = state.withLockedValue { state -> [CheckedContinuation<Value?, any Error>] in
            guard state.outcome == nil else { return [] }
            state.outcome = outcome
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(with: outcome) }
    }
}
