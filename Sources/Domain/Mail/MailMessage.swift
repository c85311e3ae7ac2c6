import Foundation

/// A plain-text e-mail as the outbox stores it. Rendering to the wire format is `MIMEMessage`.
public struct MailMessage: Sendable, Hashable, Codable {
    public var messageID: String
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var body: String
    public var date: Date

    public init(messageID: String, from: MailAddress, to: MailAddress, subject: String, body: String, date: Date) {
        self.messageID = messageID
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
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
