import Foundation

/// A news item from the council — the agreement's newsletter (N1): a title, a summary, the same
/// in easy-to-read Swedish, and the text.
public struct CouncilNewsDraft: Sendable, Hashable {
    public var title: String
    public var summary: String
    public var easyRead: String
    public var body: String

    public init(title: String, summary: String, easyRead: String, body: String) {
        (self.title, self.summary, self.easyRead, self.body) = (title, summary, easyRead, body)
    }

    public static func read(_ fields: FormFields) -> Result<CouncilNewsDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.name(fields["title"], "title", max: 160)
        checks.require(fields["summary"], "summary", max: 500)
        checks.require(fields["easyRead"], "easyRead", max: 500)
        checks.require(fields["body"], "body", max: 20_000)
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(CouncilNewsDraft(title: fields["title"].trimmingWhitespace(), summary: fields["summary"].trimmingWhitespace(),
                                         easyRead: fields["easyRead"].trimmingWhitespace(), body: fields["body"].trimmingWhitespace()))
    }
}

/// How often a subscriber gets the council's news: each item as it is published, or one letter
/// a month with the month's items.
public enum NewsFrequency: String, Sendable, Hashable, CaseIterable, Codable {
    case each, monthly
}

/// Asking for the council's news by mail, without an account: an address and how often. It
/// starts when the link in the first mail is followed (`AlertDecision`).
public struct NewsSubscriptionDraft: Sendable, Hashable {
    public var email: EmailAddress
    public var frequency: NewsFrequency

    public init(email: EmailAddress, frequency: NewsFrequency) {
        (self.email, self.frequency) = (email, frequency)
    }

    public static func read(_ fields: FormFields) -> Result<NewsSubscriptionDraft, FieldErrors> {
        var checks = FieldChecks()
        let text = fields["email"].trimmingWhitespace()
        let email = EmailAddress(text)
        if email == nil { checks.add("email", text.isEmpty ? "error.required" : "error.email") }
        let frequency = NewsFrequency(rawValue: fields["frequency"])
        if frequency == nil { checks.add("frequency", "error.choose") }
        guard let email, let frequency, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(NewsSubscriptionDraft(email: email, frequency: frequency))
    }
}

/// The monthly letter: from seven in the morning on the first of a month, the letter with the
/// previous month's news is due, and stays due until it has gone out — once, by its key, even if
/// no instance was running on the first.
public enum NewsLetter {
    public static let earliestHour = 7

    /// The latest month whose letter is due at `now`: its key, first and last day.
    public static func due(at now: Date) -> (key: String, first: CalendarDay, last: CalendarDay) {
        let today = CalendarDay(now)
        let early = today.day == 1 && now < today.start.addingTimeInterval(Double(earliestHour) * 3600)
        let reference = early ? today.adding(days: -1) : today
        let last = CalendarDay(reference.year, reference.month, 1).adding(days: -1)
        return (String(format: "council-letter:%04d-%02d", last.year, last.month), CalendarDay(last.year, last.month, 1), last)
    }
}
