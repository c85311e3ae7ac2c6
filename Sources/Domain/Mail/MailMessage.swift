import Foundation

/// A plain-text e-mail as the outbox stores it, perhaps with one text file attached (an event's
/// calendar entry). Rendering to the wire format is `MIMEMessage`.
public struct MailMessage: Sendable, Hashable, Codable {
    public var messageID: String
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var body: String
    public var date: Date
    public var attachment: MailAttachment?

    public init(messageID: String, from: MailAddress, to: MailAddress, subject: String, body: String, date: Date, attachment: MailAttachment? = nil) {
        self.messageID = messageID
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.attachment = attachment
    }
}

/// A text file sent along: `evenemang.ics` as `text/calendar; method=PUBLISH`.
public struct MailAttachment: Sendable, Hashable, Codable {
    /// A plain ASCII name, as mail programs show it.
    public var filename: String
    /// The media type with its parameters, without the charset (always UTF-8).
    public var contentType: String
    public var content: String

    public init(filename: String, contentType: String, content: String) {
        self.filename = String(filename.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || "0123456789.-_".unicodeScalars.contains($0)) })
        self.contentType = contentType
        self.content = content
    }

    /// An event's calendar entry, for a mail that confirms a place: a file to open, not an
    /// invitation (an iTIP `method` would ask for an ORGANIZER and a reply).
    public static func calendar(_ text: String) -> MailAttachment {
        MailAttachment(filename: "evenemang.ics", contentType: "text/calendar", content: text)
    }
}

/// An address with an optional display name: `Samverka <noreply@example.se>`.
public struct MailAddress: Sendable, Hashable, Codable {
    public var address: String
    public var name: String?

    public init(_ address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }
}
