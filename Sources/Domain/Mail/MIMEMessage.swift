import Foundation

/// Writes a `MailMessage` as an RFC 5322 message: UTF-8 text, quoted-printable body,
/// RFC 2047 encoded headers where they are not plain ASCII. CRLF line ends throughout. With an
/// attachment it is multipart/mixed (RFC 2046): the text, then the file in base64. The boundary
/// starts with "=_", which neither quoted-printable nor base64 can ever contain.
public enum MIMEMessage {
    public static func render(_ message: MailMessage) -> String {
        // Line breaks inside a header value would start a new header: they become spaces first.
        func oneLine(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        var from = message.from, to = message.to
        from.name = from.name.map(oneLine)
        to.name = to.name.map(oneLine)
        let headers: [(String, String)] = [
            ("From", address(from)),
            ("To", address(to)),
            ("Subject", encodedWord(oneLine(message.subject))),
            ("Date", rfc5322Date(message.date)),
            ("Message-ID", "<\(message.messageID)>"),
            ("MIME-Version", "1.0"),
            ("Auto-Submitted", "auto-generated"),
        ]
        let text = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(message.body)
        let head = headers.map { "\($0.0): \($0.1)" }.joined(separator: "\r\n")
        guard let attachment = message.attachment else { return head + "\r\n" + text }
        // Parameters go on folded lines, so no line passes 78 characters (RFC 5322 2.1.1).
        let boundary = "=_samverka_" + String(message.messageID.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.prefix(32))
        let file = "Content-Type: \(attachment.contentType);\r\n charset=utf-8; name=\"\(attachment.filename)\"\r\n"
            + "Content-Disposition: attachment; filename=\"\(attachment.filename)\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Data(attachment.content.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return head + "\r\nContent-Type: multipart/mixed;\r\n boundary=\"\(boundary)\"\r\n\r\n"
            + "--\(boundary)\r\n\(text)\r\n--\(boundary)\r\n\(file)\r\n--\(boundary)--\r\n"
    }

    /// The DATA payload for SMTP: lines starting with a dot get another dot (RFC 5321 4.5.2).
    public static func dotStuffed(_ text: String) -> String {
        text.components(separatedBy: "\r\n")
            .map { $0.hasPrefix(".") ? "." + $0 : $0 }
            .joined(separator: "\r\n")
    }

    /// A display name can never add an address or end the header: letters, digits and spaces
    /// go as they are, other plain ASCII inside quotes, anything else as RFC 2047 words.
    static func address(_ address: MailAddress) -> String {
        guard let name = address.name, !name.isEmpty else { return address.address }
        let atom = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || "!#$%&'*+-/=?^_`{|}~".contains($0)) }
            && !name.contains("=?")
        let printable = name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        let shown: String
        if atom {
            shown = name
        } else if printable {
            shown = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        } else {
            shown = encodedWord(name, always: true)
        }
        return "\(shown) <\(address.address)>"
    }

    /// `=?utf-8?B?…?=` words of at most 75 characters each, folded onto continuation lines.
    /// Plain ASCII text stays as it is unless `always`.
    public static func encodedWord(_ text: String, always: Bool = false) -> String {
        if !always && text.allSatisfy({ $0.isASCII && !$0.isNewline }) && !text.contains("=?") { return text }
        var words: [String] = []
        var chunk = ""
        for character in text {
            let candidate = chunk + String(character)
            // 39 bytes of UTF-8 become 52 base64 characters: with the wrapper and "Subject: " a line stays under 78.
            if candidate.utf8.count > 39 {
                words.append(chunk)
                chunk = String(character)
            } else {
                chunk = candidate
            }
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// Quoted-printable (RFC 2045) with lines of at most 76 characters.
    public static func quotedPrintable(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalized.split(separator: "\n", omittingEmptySubsequences: false)
            .map { encodeLine(Array($0.utf8)) }
            .joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var out = "", line = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
            let piece = literal ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
            if line.count + piece.count > 75 {
                out += line + "=\r\n"
                line = ""
            }
            line += piece
        }
        return out + line
    }

    public static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
