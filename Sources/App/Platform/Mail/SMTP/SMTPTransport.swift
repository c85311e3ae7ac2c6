import Foundation
import NIOCore
import NIOSSL
import Domain

/// Delivers mail over SMTP (RFC 5321): EHLO, STARTTLS when offered or required, AUTH PLAIN or
/// LOGIN (over TLS only, unless the URL says tls=none), MAIL/RCPT/DATA with dot-stuffing. No SMTP package exists here, so it is written on NIO.
struct SMTPTransport: MailTransport {
    package let settings: SMTPSettings
    let group: any EventLoopGroup

    func send(_ message: MailMessage) async throws {
        let tls = try makeTLSContext()
        let connection = try await SMTPConnection.connect(
            host: settings.host, port: settings.port,
            tls: settings.security == .implicitTLS ? tls : nil, on: group)
        do {
            try await converse(connection, message, tls: tls)
            await connection.close()
        } catch {
            await connection.close()
            throw error
        }
    }

    private func converse(_ connection: SMTPConnection, _ message: MailMessage, tls: NIOSSLContext) async throws {
        _ = try await connection.expect([220], after: "greeting")
        var extensions = try await ehlo(connection)
        var encrypted = settings.security == .implicitTLS
        if settings.security == .opportunistic || settings.security == .startTLS {
            if extensions.contains("STARTTLS") {
                try await connection.command("STARTTLS", expect: [220])
                try await connection.startTLS(tls, host: settings.host)
                encrypted = true
                extensions = try await ehlo(connection)
            } else if settings.security == .startTLS {
                throw MailDeliveryError(message: "the server does not offer STARTTLS, which tls=required asks for", isPermanent: false)
            }
        }
        if let username = settings.username {
            // A password in clear text can be read on the way; only the URL may ask for that.
            guard encrypted || settings.security == .none else {
                throw MailDeliveryError(message: "the server does not offer STARTTLS, so the SMTP password was not sent in clear text; "
                                        + "use smtps://, a server with STARTTLS, or add ?tls=none to SAMVERKA_SMTP_URL if the connection "
                                        + "never leaves this machine", isPermanent: false)
            }
            try await authenticate(connection, username: username, password: settings.password ?? "", extensions: extensions)
        }
        try await connection.command("MAIL FROM:<\(message.from.address)>", expect: [250])
        try await connection.command("RCPT TO:<\(message.to.address)>", expect: [250, 251])
        try await connection.command("DATA", expect: [354])
        try await connection.write(MIMEMessage.dotStuffed(MIMEMessage.render(message)) + "\r\n.\r\n")
        _ = try await connection.expect([250], after: "end of DATA")
        try? await connection.write("QUIT\r\n")
    }

    /// EHLO and the extension keywords it lists ("AUTH PLAIN LOGIN" becomes "AUTH", "AUTH PLAIN", "AUTH LOGIN").
    private func ehlo(_ connection: SMTPConnection) async throws -> Set<String> {
        let reply = try await connection.command("EHLO \(settings.heloName)", expect: [250])
        var keywords = Set<String>()
        for line in reply.lines.dropFirst() {
            let words = line.uppercased().split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            keywords.insert(first)
            for word in words.dropFirst() { keywords.insert("\(first) \(word)") }
        }
        return keywords
    }

    private func authenticate(_ connection: SMTPConnection, username: String, password: String, extensions: Set<String>) async throws {
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        if extensions.contains("AUTH PLAIN") || !extensions.contains("AUTH LOGIN") {
            try await connection.command("AUTH PLAIN \(base64("\0\(username)\0\(password)"))", expect: [235], shown: "AUTH PLAIN")
        } else {
            try await connection.command("AUTH LOGIN", expect: [334])
            try await connection.command(base64(username), expect: [334], shown: "AUTH LOGIN username")
            try await connection.command(base64(password), expect: [235], shown: "AUTH LOGIN password")
        }
    }

    private func makeTLSContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let caFile = settings.caFile {
            configuration.additionalTrustRoots = [.file(caFile)]
        }
        return try NIOSSLContext(configuration: configuration)
    }
}
