extension Optional {
    /// `map` for an async transform: a lookup that only happens when there is something to look up.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
