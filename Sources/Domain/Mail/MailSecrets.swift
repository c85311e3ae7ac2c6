import Foundation

/// The secrets in a mail's links: a password-reset, address-confirmation or invitation token,
/// a private inquiry link, an unsubscribe link. Every one is a random token of 43 URL-safe
/// characters (256 bits); nothing else in a link is that long in one run (an id, a UUID, is 36).
/// The admin's mail log shows a mail without them, and a delivered mail is kept without them.
public enum MailSecrets {
    /// A run of URL-safe characters this long inside a link is taken for a secret.
    public static let minimumLength = 40
    public static let mask = "••••••"

    /// The text with every secret in every http(s) link replaced by `mask`.
    public static func redacted(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = nextLink(in: rest) {
            out += rest[..<start]
            let end = rest[start...].firstIndex { $0.isWhitespace || $0 == ">" || $0 == "\"" } ?? rest.endIndex
            out += maskRuns(in: rest[start..<end])
            rest = rest[end...]
        }
        return out + rest
    }

    private static func nextLink(in text: Substring) -> Substring.Index? {
        let http = text.range(of: "http://")?.lowerBound
        let https = text.range(of: "https://")?.lowerBound
        return [http, https].compactMap { $0 }.min()
    }

    private static func maskRuns(in link: Substring) -> String {
        var out = "", run = ""
        func flush() {
            out += run.count >= minimumLength ? mask : run
            run = ""
        }
        for character in link {
            if character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_") {
                run.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}
