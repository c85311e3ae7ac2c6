import NIOConcurrencyHelpers

/// Lets one write transaction at a time into an SQLite database, in the order they asked.
///
/// SQLite admits one writer per file anyway. Without the gate, concurrent transactions in one
/// process find that out by failing (SQLITE_BUSY, or SQLITE_LOCKED in the tests' shared-cache
/// database, which does not wait at all) and are retried with back-off; on a loaded two-core
/// machine eight requests writing at once could keep failing each other until the retry budget
/// ran out. Waiting here costs no connection and no thread: the waiting task is suspended until
/// the one ahead commits. Inside, the transaction runs on a connection of its own (see
/// `GatedConfiguration`). Writers in other processes (a command run beside `serve`) are still
/// met by the busy timeout and the retry in `retryingTransaction`. PostgreSQL has no gate.
final class WriteGate: Sendable {
    private struct State {
        var busy = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }
    private let state = NIOLockedValueBox(State())
    /// The connection writes are made on, once the driver is made.
    let writer = NIOLockedValueBox<WriterConnection?>(nil)

    /// Runs `body` when no other task is inside; the next in line is let in when it ends.
    func serialize<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await enter()
        defer { leave() }
        return try await body()
    }

    /// Whether a task is inside now.
    var isBusy: Bool { state.withLockedValue { $0.busy } }

    /// Takes the gate if it is open, else waits in line for `leave` to hand it over.
    private func enter() async {
        await withCheckedContinuation { continuation in
            let open = state.withLockedValue { state in
                if state.busy {
                    state.waiting.append(continuation)
                    return false
                }
                state.busy = true
                return true
            }
            if open { continuation.resume() }
        }
    }

    /// Hands the gate to the first in line (it stays busy), or opens it.
    private func leave() {
        let next = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiting.isEmpty else {
                state.busy = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
