@testable import App
import Testing
import Vapor
import Fluent
import NIOConcurrencyHelpers

@Suite("Password hashing: bcrypt over the whole password")
struct PasswordHasherTests {
    @Test("a long password counts to its last character, not bcrypt's 72 bytes; the hash is salted bcrypt")
    func noTruncation() async throws {
        let hasher = PasswordHasher(cost: 4, threadPool: NIOThreadPool.singleton)
        let long = String(repeating: "lång mening ", count: 9)
        let hash = try await hasher.hash(long + "slut")
        #expect(hash.hasPrefix("$2b$04$") || hash.hasPrefix("$2a$04$") || hash.hasPrefix("$2y$04$"))
        #expect(try await hasher.verify(long + "slut", against: hash))
        #expect(try await !hasher.verify(long + "slat", against: hash))
        #expect(try await hasher.hash(long + "slut") != hash)
        #expect(try Settings.fromEnvironment([:]).bcryptCost == 12)
    }

    @Test("bcrypt runs on threads of its own: with all of them busy a hash waits, and the database still answers")
    func ownThreads() async throws {
        try await TestApp.run { ctx in
            // setup: every one of bcrypt's threads held
            let gate = DispatchSemaphore(value: 0)
            let threads = ctx.app.passwordThreads
            let held = (0..<threads.count).map { _ in Task { try await threads.pool.runIfActive { gate.wait() } } }
            let hashed = NIOLockedValueBox(false)

            // act: a hash, then a read of the database (which SQLite runs on Vapor's blocking pool)
            let hash = Task {
                let made = try await ctx.app.passwords.hash("ett lösenord")
                hashed.withLockedValue { $0 = true }
                return made
            }
            let accounts = try await User.query(on: ctx.app.db).count()

            // check: the database answered while the hash could not start; once let go, it is made
            #expect(accounts > 0)
            #expect(!hashed.withLockedValue { $0 })
            for _ in held { gate.signal() }
            for task in held { try await task.value }
            #expect(try await ctx.app.passwords.verify("ett lösenord", against: try await hash.value))
        }
    }
}
