import Testing
import Foundation
@testable import Domain

@Suite("Secrets in mailed links")
struct MailSecretsTests {
    /// A token as SecureToken makes one: 32 random bytes, URL-safe base64 without padding.
    static func token() -> String {
        Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    @Test("the token of every kind of link is masked; the rest of the mail stays")
    func masked() {
        let token = Self.token()
        let mail = """
        Hej Åsa!

        Välj ett nytt lösenord: https://samverka.example.se/konto/nytt-losenord?token=\(token)
        Ditt ärende: http://127.0.0.1:8080/kontakt/arende/\(token)
        Avsluta bevakningen: <https://samverka.example.se/samrad/bevakning/avsluta/\(token)>
        Samrådet: https://samverka.example.se/samrad/550e8400-e29b-41d4-a716-446655440000
        En lång rad utan länk: \(String(repeating: "a", count: 60))
        """
        let redacted = MailSecrets.redacted(mail)
        #expect(!redacted.contains(token))
        #expect(redacted.contains("https://samverka.example.se/konto/nytt-losenord?token=••••••\n"))
        #expect(redacted.contains("http://127.0.0.1:8080/kontakt/arende/••••••\n"))
        #expect(redacted.contains("/samrad/bevakning/avsluta/••••••>"))
        #expect(redacted.contains("/samrad/550e8400-e29b-41d4-a716-446655440000"))
        #expect(redacted.contains(String(repeating: "a", count: 60)))
        #expect(redacted.hasPrefix("Hej Åsa!\n\nVälj ett nytt lösenord: "))
        #expect(MailSecrets.redacted(redacted) == redacted)
    }

    @Test("a thousand random tokens, each in a link: none survives")
    func randomTokens() {
        for index in 0..<1000 {
            let token = Self.token()
            let text = "Länk \(index): https://x.example/a?token=\(token)&b=1 och mer text."
            let redacted = MailSecrets.redacted(text)
            #expect(!redacted.contains(token))
            #expect(redacted == "Länk \(index): https://x.example/a?token=••••••&b=1 och mer text.")
        }
    }

    @Test("a text without links is unchanged", arguments: ["", "Hej!", "Referens KFF-2026-0001", String(repeating: "x", count: 100)])
    func unchanged(text: String) {
        #expect(MailSecrets.redacted(text) == text)
    }
}
