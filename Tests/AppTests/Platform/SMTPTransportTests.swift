@testable import App
import Testing
import Vapor
import Domain
import NIOEmbedded
import NIOSSL

/// Talks to a real SMTP server (aiosmtpd, started by .ci/run). Skipped when none is configured:
/// SAMVERKA_TEST_SMTP_URL (plain + AUTH), SAMVERKA_TEST_SMTP_TLS_URL (STARTTLS) and
/// SAMVERKA_TEST_SMTP_DIR (where the server stores what it accepts).
enum SMTPTestServer {
    static let environment = ProcessInfo.processInfo.environment
    static var configured: Bool { environment["SAMVERKA_TEST_SMTP_URL"] != nil && environment["SAMVERKA_TEST_SMTP_DIR"] != nil }
    static var hasTLS: Bool { environment["SAMVERKA_TEST_SMTP_TLS_URL"] != nil }
}

@Suite("SMTP delivery to a real server", .enabled(if: SMTPTestServer.configured))
struct SMTPTransportTests {
    static let environment = SMTPTestServer.environment

    func message(_ tag: String) -> MailMessage {
        MailMessage(
            messageID: "\(UUID().uuidString.lowercased())@samverka.test",
            from: MailAddress("noreply@samverka.test", name: "Samverka Örebro"),
            to: MailAddress("mottagare@example.org", name: "Åsa Öberg"),
            subject: "Bekräfta din e-postadress – \(tag) – åäö ÅÄÖ",
            body: "Hej!\n.en rad som börjar med punkt\n..två punkter\nLång rad: \(String(repeating: "ä", count: 120))\n\nHälsningar",
            date: Date())
    }

    /// The stored copy of a message, found by its Message-ID.
    func stored(_ message: MailMessage) throws -> String? {
        let directory = URL(fileURLWithPath: Self.environment["SAMVERKA_TEST_SMTP_DIR"]!)
        for file in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil) where file.pathExtension == "eml" {
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.contains("Message-ID: <\(message.messageID)>") { return text }
        }
        return nil
    }

    func send(_ message: MailMessage, via url: String) async throws {
        let transport = SMTPTransport(settings: try SMTPSettings(url: url), group: MultiThreadedEventLoopGroup.singleton)
        try await transport.send(message)
    }

    @Test("plain connection with AUTH: the message arrives whole, dots and UTF-8 intact")
    func plainWithAuth() async throws {
        let message = message("plain")
        try await send(message, via: Self.environment["SAMVERKA_TEST_SMTP_URL"]!)
        let raw = try #require(try stored(message))
        #expect(raw.contains("Subject: =?utf-8?B?"))
        #expect(raw.contains("Content-Transfer-Encoding: quoted-printable"))
        // the server removed the stuffing dot again
        let lines = raw.components(separatedBy: "\r\n")
        #expect(lines.contains(".en rad som b=C3=B6rjar med punkt"))
        #expect(lines.contains("..tv=C3=A5 punkter"))
        #expect(lines.allSatisfy { $0.count <= 78 })
    }

    @Test("a calendar file attached arrives whole: multipart, the text and the file, decoded to the same bytes")
    func attachment() async throws {
        var message = message("attachment")
        let calendar = "BEGIN:VCALENDAR\r\nSUMMARY:Läxhjälp i Vivalla\r\n" + String(repeating: "DESCRIPTION:åäö\r\n", count: 20) + "END:VCALENDAR\r\n"
        message.attachment = .calendar(calendar)
        try await send(message, via: Self.environment["SAMVERKA_TEST_SMTP_URL"]!)
        let raw = try #require(try stored(message))
        #expect(raw.contains("Content-Type: multipart/mixed;\r\n boundary=") && raw.contains("filename=\"evenemang.ics\""))
        let encoded = try #require(raw.components(separatedBy: "Content-Transfer-Encoding: base64\r\n\r\n").last?.components(separatedBy: "\r\n--").first)
        let decoded = try #require(Data(base64Encoded: encoded.replacingOccurrences(of: "\r\n", with: "")))
        #expect(String(decoding: decoded, as: UTF8.self) == calendar)
        #expect(raw.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
    }

    @Test("a server that offers AUTH but no STARTTLS gets no password unless the URL says tls=none: a clear error, nothing sent")
    func noPasswordInClear() async throws {
        let explicit = Self.environment["SAMVERKA_TEST_SMTP_URL"]!
        #expect(explicit.hasSuffix("?tls=none"), "the plain sink is named with ?tls=none, as the README asks")
        let message = message("clear-text")
        await #expect {
            try await send(message, via: explicit.replacingOccurrences(of: "?tls=none", with: ""))
        } throws: { error in
            String(describing: error).contains("password was not sent in clear text")
        }
        #expect(try stored(message) == nil)
    }

    @Test("wrong credentials are a permanent failure")
    func wrongPassword() async throws {
        let url = Self.environment["SAMVERKA_TEST_SMTP_URL"]!.replacingOccurrences(of: "://", with: "://fel:fel@")
        let withoutOldUser = url.contains("@") ? url.replacingOccurrences(of: #"fel:fel@[^@]*@"#, with: "fel:fel@", options: .regularExpression) : url
        await #expect {
            try await send(message("auth"), via: withoutOldUser)
        } throws: { error in
            (error as? MailDeliveryError)?.isPermanent == true
        }
    }

    @Test("STARTTLS with the test CA", .enabled(if: SMTPTestServer.hasTLS))
    func startTLS() async throws {
        let message = message("starttls")
        try await send(message, via: Self.environment["SAMVERKA_TEST_SMTP_TLS_URL"]!)
        #expect(try stored(message) != nil)
    }

    @Test("nothing listening: a temporary failure the worker will retry")
    func nothingListening() async throws {
        await #expect {
            try await send(message("refused"), via: "smtp://127.0.0.1:1")
        } throws: { error in
            (error as? MailDeliveryError)?.isPermanent != true
        }
    }
}

@Suite("SMTP: STARTTLS on a channel of our own")
struct SMTPStartTLSTests {
    @Test("replies the server sent before TLS began are dropped, not read as the encrypted session's (CVE-2011-0411)")
    func bufferedRepliesDropped() async throws {
        // setup: the "220" to STARTTLS arrives with an injected reply in the same packet
        let channel = NIOAsyncTestingChannel()
        try await channel.eventLoop.submit { try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler()) }.get()
        let connection = try await SMTPConnection.over(channel)
        try await channel.writeInbound(ByteBuffer(string: "220 2.0.0 Ready to start TLS\r\n250-injected\r\n250 AUTH PLAIN\r\n"))
        #expect(try await connection.reply().code == 220)
        #expect(try await connection.bufferedReplies() == 1)
        // act
        try await connection.startTLS(try NIOSSLContext(configuration: .makeClientConfiguration()), host: "localhost")
        // check
        #expect(try await connection.bufferedReplies() == 0)
        _ = try? await channel.finish()
    }
}
