@testable import App
import Testing
import Vapor
import SQLKit

@Suite("What an operator reads when the database cannot be used")
struct DatabaseFailureTests {
    @Test("PostgreSQL not listening: one line naming the address from DATABASE_URL, not the driver's generic text")
    func connectionRefused() async throws {
        var settings = Settings()
        settings.storage = .postgres(url: "postgres://samverka:hemligt@127.0.0.1:1/samverka", schema: nil)
        settings.connectionWait = 2
        let app = try await Application.make(.testing)
        do {
            try await DatabaseSetup.configure(app, settings: settings)
            await #expect {
                try await (app.db as! any SQLDatabase).raw("SELECT 1").run()
            } throws: { error in
                guard let line = DatabaseFailure.line(for: error, settings: settings) else { return false }
                return line.hasPrefix("cannot connect to PostgreSQL at 127.0.0.1:1/samverka (DATABASE_URL)")
                    && line.contains("refused") && !line.contains("hemligt") && !line.contains("\n")
            }
        } catch {
            Issue.record(error)
        }
        try await app.asyncShutdown()
    }

    @Test("a file that is not an SQLite database: its path and what to do, in one line")
    func notADatabase() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samverka-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/samverka.sqlite"
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        var settings = Settings(dataDirectory: folder)
        settings.connectionWait = 2
        let app = try await Application.make(.testing)
        await #expect {
            try await DatabaseSetup.configure(app, settings: settings)
        } throws: { error in
            DatabaseFailure.line(for: error, settings: settings)
                == "the SQLite file \(path) (SAMVERKA_DATA_DIR): is not an SQLite database. Move it away, or point SAMVERKA_DATA_DIR at another folder"
        }
        try await app.asyncShutdown()
    }

    @Test("a data folder that cannot be made, a key file that cannot be read: the variable, the path, the system's reason")
    func dataDirectory() throws {
        #expect {
            try Settings(dataDirectory: "/proc/samverka-kan-inte-finnas").makeDataDirectory()
        } throws: { error in
            String(describing: error) == "SAMVERKA_DATA_DIR: cannot make the folder /proc/samverka-kan-inte-finnas: No such file or directory"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samverka-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/" + SecretBox.keyFileName, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect {
            _ = try SecretBox.load(Settings(dataDirectory: folder))
        } throws: { error in
            String(describing: error).hasPrefix("SAMVERKA_DATA_DIR: cannot read the key file \(folder)/secret.key: ")
        }
    }

    @Test("the key file: made whole once, read by every start after it, nothing else left in the folder")
    func keyFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samverka-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let settings = Settings(dataDirectory: folder)
        let boxes = try await withThrowingTaskGroup(of: SecretBox.self) { group in
            for _ in 0..<8 { group.addTask { try SecretBox.load(settings) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let sealed = try boxes[0].seal([1, 2, 3])
        #expect(try boxes.allSatisfy { try $0.open(sealed) == [1, 2, 3] })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [SecretBox.keyFileName])
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + SecretBox.keyFileName)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try SecretBox.load(settings).open(sealed) == [1, 2, 3])
    }

    @Test("other errors are left as they are")
    func otherErrors() {
        #expect(DatabaseFailure.line(for: SettingsError(variable: .databaseURL, problem: "x"), settings: Settings()) == nil)
    }
}
