@testable import App
import Testing
import Vapor

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
}
