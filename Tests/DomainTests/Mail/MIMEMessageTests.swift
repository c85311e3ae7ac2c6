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

    @Test("a display name cannot forge another recipient")
    func displayNameInjection() {
        var evil = message
        evil.to = MailAddress("victim@example.org", name: "Evil <a@evil.example>, x")
        let head = MIMEMessage.render(evil).components(separatedBy: "\r\n\r\n")[0]
        #expect(head.contains("To: \"Evil <a@evil.example>, x\" <victim@example.org>\r\n"))
        #expect(MIMEMessage.address(MailAddress("v@example.org", name: "Sa\"y \\ hi")) == "\"Sa\\\"y \\\\ hi\" <v@example.org>")
        #expect(MIMEMessage.address(MailAddress("v@example.org", name: "Åsa Öberg")).hasPrefix("=?utf-8?B?"))
        #expect(MIMEMessage.address(MailAddress("v@example.org", name: "Anna Svensson")) == "Anna Svensson <v@example.org>")
    }

    /// What a mail reader sees outside quoted strings and encoded words: the characters that
    /// could start another address or end the list.
    static func unquotedSpecials(_ header: String) -> String {
        var out = "", quoted = false, escaped = false
        var rest = Substring(header)
        while let character = rest.first {
            rest = rest.dropFirst()
            if quoted {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { quoted = false }
            } else if character == "\"" {
                quoted = true
            } else if character == "=", rest.hasPrefix("?"), let end = rest.range(of: "?=") {
                rest = rest[end.upperBound...]
            } else if "<>@,;:()[]\r\n".contains(character) {
                out.append(character)
            }
        }
        return out
    }

    @Test("exhaustively over names of up to three risky characters: one address, always")
    func displayNamesExhaustive() {
        let alphabet: [String] = ["a", " ", "<", ">", "@", ",", ";", ":", "\"", "\\", "(", ")", "=", "?", "ä", "\r", "\n"]
        var names = [""]
        for _ in 1...3 {
            names = names.flatMap { prefix in alphabet.map { prefix + $0 } }
            for name in names {
                var mail = message
                mail.to = MailAddress("victim@example.org", name: name)
                let head = MIMEMessage.render(mail).components(separatedBy: "\r\n\r\n")[0]
                let to = head.components(separatedBy: "\r\n").first { $0.hasPrefix("To: ") } ?? ""
                #expect(Self.unquotedSpecials(String(to.dropFirst(4))) == "<@>", "\(name.debugDescription) → \(to)")
            }
        }
    }

    @Test("with a file attached: multipart/mixed, the text quoted-printable, the file base64 in lines of 76, the boundary nowhere else")
    func attachment() throws {
        var mail = message
        let calendar = "BEGIN:VCALENDAR\r\nSUMMARY:Läxhjälp\r\n" + String(repeating: "X", count: 200) + "\r\nEND:VCALENDAR\r\n"
        mail.attachment = .calendar(calendar)
        let raw = MIMEMessage.render(mail)
        let head = raw.components(separatedBy: "\r\n\r\n")[0]
        #expect(head.contains("MIME-Version: 1.0\r\n") && head.contains("Content-Type: multipart/mixed;\r\n boundary=\"=_samverka_abcsamverkatest\""))
        let parts = raw.components(separatedBy: "--=_samverka_abcsamverkatest")
        #expect(parts.count == 4 && parts[3] == "--\r\n")
        #expect(parts[1].contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHej =C3=85sa!"))
        #expect(parts[2].contains("Content-Type: text/calendar;\r\n charset=utf-8; name=\"evenemang.ics\"\r\n"))
        #expect(raw.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
        #expect(parts[2].contains("Content-Disposition: attachment; filename=\"evenemang.ics\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"))
        let encoded = try #require(parts[2].components(separatedBy: "\r\n\r\n").last).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
        let decoded = try #require(Data(base64Encoded: encoded.replacingOccurrences(of: "\r\n", with: "")))
        #expect(String(decoding: decoded, as: UTF8.self) == calendar)
        // A file name can never add a header or a parameter.
        #expect(MailAttachment(filename: "a\"; x=\r\n.ics", contentType: "text/plain", content: "").filename == "ax.ics")
    }
}
