import Vapor

/// bcrypt, run on threads of its own (`Application.passwordThreads`) so a sign-in never blocks an
/// event loop, nor the blocking pool where SQLite runs every statement.
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

extension Application {
    package var passwords: PasswordHasher {
        PasswordHasher(cost: settings.bcryptCost, threadPool: passwordThreads.pool)
    }
}

extension Request {
    var passwords: PasswordHasher { application.passwords }
}

/// The threads bcrypt runs on. On Vapor's blocking pool (as many threads as cores, two here) each
/// hash at cost 12 held one of the two threads SQLite runs its statements on for a quarter of a
/// second or more; two sign-ins at once held both, and every request that read the database
/// waited (bench/RESULTS.md, twenty-fourth run). Half the cores, at least one: a burst of sign-ins
/// waits for its turn and takes no more than that share of the processor.
final class PasswordThreads: LifecycleHandler, Sendable {
    let pool: NIOThreadPool
    let count: Int

    init(threads: Int = max(1, System.coreCount / 2)) {
        count = threads
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    func shutdown(_ application: Application) {
        try? pool.syncShutdownGracefully()
    }

    func shutdownAsync(_ application: Application) async {
        try? await pool.shutdownGracefully()
    }
}
