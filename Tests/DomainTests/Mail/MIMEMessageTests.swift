import Testing
import Foundation
@testable import Domain

@Suite("Mail rendering: headers, quoted-printable, dot-stuffing")
struct MIMEMessageTests {
    let message = MailMessage(
        messageID: "abc@samverka.test", from: MailAddress("noreply@samverka.test", name: "Samverka Örebro"),
        to: MailAddress("a@example.org"), subject: "Bekräfta din e-postadress",
        body: "Hej Åsa!\n.börjar med punkt\nslut ", date: Date(timeIntervalSince1970: 0))

    @Test("non-ASCII headers are encoded words; ASCII stays as it is")
    func headers() {
        let raw = MIMEMessage.render(message)
        #expect(raw.contains("Subject: =?utf-8?B?\(Data("Bekräfta din e-postadress".utf8).base64EncodedString())?="))
        #expect(raw.contains("From: =?utf-8?B?"))
        #expect(raw.contains("To: a@example.org\r\n"))
        #expect(raw.contains("Message-ID: <abc@samverka.test>"))
        #expect(raw.contains("Date: Thu, 01 Jan 1970 00:00:00 +0000"))
        #expect(MIMEMessage.encodedWord("Plain subject") == "Plain subject")
    }

    @Test("a header cannot be split by a newline in the subject")
    func headerInjection() {
        var evil = message
        evil.subject = "Hej\r\nBcc: victim@example.org"
        let head = MIMEMessage.render(evil).components(separatedBy: "\r\n\r\n")[0]
        #expect(!head.contains("\r\nBcc:"))
    }

    @Test("long subjects fold into several encoded words of at most 75 characters")
    func longSubject() {
        let encoded = MIMEMessage.encodedWord(String(repeating: "å", count: 100))
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 })
    }

    @Test("quoted-printable: UTF-8 bytes, '=' and trailing space encoded, lines ≤ 76")
    func quotedPrintable() {
        #expect(MIMEMessage.quotedPrintable("å=1") == "=C3=A5=3D1")
        #expect(MIMEMessage.quotedPrintable("slut ") == "slut=20")
        let long = MIMEMessage.quotedPrintable(String(repeating: "ä", count: 50))
        #expect(long.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(long.replacingOccurrences(of: "=\r\n", with: "") == String(repeating: "=C3=A4", count: 50))
    }

    @Test("SMTP dot-stuffing doubles a leading dot and nothing else")
    func dotStuffing() {
        #expect(MIMEMessage.dotStuffed("a\r\n.b\r\n..c\r\nd.e") == "a\r\n..b\r\n...c\r\nd.e")
        #expect(MIMEMessage.dotStuffed(".") == "..")
    }
}
