import Vapor

/// bcrypt, run on the thread pool so a sign-in never blocks an event loop.
/// The password is first reduced with SHA-256, because bcrypt ignores everything after
/// 72 bytes and we accept up to 128 characters.
package struct PasswordHasher: Sendable {
    package let cost: Int
    package let threadPool: NIOThreadPool

    package init(cost: Int, threadPool: NIOThreadPool) {
        self.cost = cost
        self.threadPool = threadPool
    }

    package func hash(_ password: String) async throws -> String {
        let input = Self.prepare(password)
        let cost = cost
        return try await threadPool.runIfActive { try Bcrypt.hash(input, cost: cost) }
    }

    package func verify(_ password: String, against hash: String) async throws -> Bool {
        let input = Self.prepare(password)
        return try await threadPool.runIfActive { try Bcrypt.verify(input, created: hash) }
    }

    /// Spends the time a real check would, so an unknown address answers as slowly as a known one.
    package func verifyNothing(_ password: String) async {
        _ = try? await hash(password)
    }

    package static func prepare(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}

extension Request {
    var passwords: PasswordHasher {
        PasswordHasher(cost: application.settings.bcryptCost, threadPool: application.threadPool)
    }
}
