@testable import App
import Testing
import Foundation

@Suite("Settings from the environment")
struct SettingsTests {
    @Test("defaults: SQLite under ./data, no SMTP, the built-in demo")
    func defaults() throws {
        let settings = try Settings.fromEnvironment([:])
        #expect(settings.storage == .sqliteFile(path: "./data/samverka.sqlite"))
        #expect(settings.smtp == nil)
        #expect(settings.isDemo)
        #expect(settings.baseURL.absoluteString == "http://127.0.0.1:8080")
    }

    @Test("each bad value stops start-up with a line naming its variable", arguments: [
        ("DATABASE_URL", "mysql://x"), ("SAMVERKA_SMTP_URL", "http://mail"), ("SAMVERKA_SMTP_URL", "smtp://host?tls=maybe"),
        ("SAMVERKA_BASE_URL", "ftp://x"), ("SAMVERKA_BASE_URL", "inte en adress"), ("SAMVERKA_MUNICIPALITY", "/finns/inte.json"),
        ("SAMVERKA_TRUSTED_PROXIES", "nginx.local"), ("SAMVERKA_METRICS_TOKEN", "kort"),
        ("SAMVERKA_METRICS_TOKEN", "ett token med mellanslag i sig, långt nog"),
        ("SAMVERKA_DATABASE_CONNECTIONS", "0"), ("SAMVERKA_DATABASE_CONNECTIONS", "många"), ("SAMVERKA_DATABASE_CONNECTIONS", "101"),
    ])
    func badValues(variable: String, value: String) {
        #expect {
            _ = try Settings.fromEnvironment([variable: value])
        } throws: { error in
            String(describing: error).hasPrefix("\(variable): ")
        }
    }

    @Test("SMTP URLs: security, credentials, options")
    func smtp() throws {
        let plain = try SMTPSettings(url: "smtp://127.0.0.1:2525")
        #expect(plain.security == .opportunistic && plain.port == 2525 && plain.username == nil)
        let secure = try SMTPSettings(url: "smtps://user%40x:p%C3%A5ss@mail.example.se")
        #expect(secure.security == .implicitTLS && secure.port == 465)
        #expect(secure.username == "user@x" && secure.password == "påss")
        let required = try SMTPSettings(url: "smtp://mail.example.se:587?tls=required&ca=/etc/ca.pem")
        #expect(required.security == .startTLS && required.caFile == "/etc/ca.pem")
        // a plain connection with a password is asked for by name
        #expect(try SMTPSettings(url: "smtp://u:p@127.0.0.1:25?tls=none").security == SMTPSettings.Security.none)
        #expect(throws: SMTPSettings.Problem.self) { try SMTPSettings(url: "smtps://u:p@mail.example.se?tls=none") }
    }

    @Test("PostgreSQL and https base URL")
    func postgres() throws {
        let settings = try Settings.fromEnvironment([
            "DATABASE_URL": "postgres://s:p@127.0.0.1:5432/samverka", "SAMVERKA_BASE_URL": "https://samverka.example.se/",
            "SAMVERKA_MUNICIPALITY": TestApp.secondMunicipality,
        ])
        #expect(settings.storage == .postgres(url: "postgres://s:p@127.0.0.1:5432/samverka", schema: nil))
        #expect(settings.isHTTPS)
        #expect(settings.baseURL.absoluteString == "https://samverka.example.se")
    }

    @Test("the metrics token is read as given")
    func metricsToken() throws {
        #expect(try Settings.fromEnvironment([:]).metricsToken == nil)
        #expect(try Settings.fromEnvironment(["SAMVERKA_METRICS_TOKEN": "0123456789abcdef0123456789abcdef"]).metricsToken
                == "0123456789abcdef0123456789abcdef")
    }

    @Test("PostgreSQL connections: eight an instance unless told, shared out over the event loops")
    func databaseConnections() throws {
        #expect(try Settings.fromEnvironment([:]).databaseConnections == 8)
        #expect(try Settings.fromEnvironment(["SAMVERKA_DATABASE_CONNECTIONS": "4"]).databaseConnections == 4)
        #expect(DatabaseSetup.connectionsPerEventLoop(8, loops: 2) == 4)
        #expect(DatabaseSetup.connectionsPerEventLoop(8, loops: 3) == 3)
        #expect(DatabaseSetup.connectionsPerEventLoop(1, loops: 4) == 1)
        #expect(DatabaseSetup.connectionsPerEventLoop(5, loops: 0) == 5)
    }

    @Test("the demo, with its published passwords, starts on an https:// address only when asked for")
    func demoOnHTTPS() throws {
        #expect {
            _ = try Settings.fromEnvironment(["SAMVERKA_BASE_URL": "https://samverka.example.se"])
        } throws: { error in
            let line = String(describing: error)
            return line.hasPrefix("SAMVERKA_BASE_URL: ") && line.contains("SAMVERKA_DEMO=1") && !line.contains("\n")
        }
        #expect(throws: SettingsError.self) {
            try Settings.fromEnvironment(["SAMVERKA_BASE_URL": "https://samverka.example.se", "SAMVERKA_DEMO": "ja"])
        }
        #expect(try Settings.fromEnvironment(["SAMVERKA_BASE_URL": "https://samverka.example.se", "SAMVERKA_DEMO": "1"]).isDemo)
        #expect(try Settings.fromEnvironment(["SAMVERKA_BASE_URL": "http://127.0.0.1:8080"]).isDemo)
        #expect(try !Settings.fromEnvironment(["SAMVERKA_BASE_URL": "https://samverka.example.se",
                                               "SAMVERKA_MUNICIPALITY": TestApp.secondMunicipality]).isDemo)
    }

    @Test("without SAMVERKA_BASE_URL, links begin with the address served (serve --port 8090), not a fixed 8080")
    func servedAddress() async throws {
        #expect(try !Settings.fromEnvironment([:]).baseURLIsSet)
        try await TestApp.run(demo: false) { ctx in
            ctx.app.settings = try Settings.fromEnvironment([:])
            ctx.app.http.server.configuration.hostname = "127.0.0.1"
            ctx.app.http.server.configuration.port = 8090
            #expect(ctx.app.baseAddress == "http://127.0.0.1:8090")
            ctx.app.http.server.configuration.hostname = "::1"
            #expect(ctx.app.baseAddress == "http://[::1]:8090")
            ctx.app.settings = try Settings.fromEnvironment(["SAMVERKA_BASE_URL": "https://samverka.example.se/", "SAMVERKA_DEMO": "1"])
            #expect(ctx.app.baseAddress == "https://samverka.example.se")
        }
    }
}
