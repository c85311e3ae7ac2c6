import Domain

/// Hands a mail to the outside world. SMTP in production; a recording fake in tests.
protocol MailTransport: Sendable {
    func send(_ message: MailMessage) async throws
}

/// Why a delivery failed, and whether trying again later can help.
struct MailDeliveryError: Error, CustomStringConvertible {
    let message: String
    /// A 5xx answer (unknown mailbox, refused content): retrying will not help.
    let isPermanent: Bool

    var description: String { message }
}
