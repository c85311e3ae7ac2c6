import Foundation
import Domain

/// Everything Samverka says, in one language: catalog texts, dates, days, times, numbers and
/// counts, and the names of things. Pages get one through `PageContext`; mails and the API make
/// one for their reader's language. Nothing else formats text for people.
public struct Wording: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public var catalog: Catalog { Catalog.of(language) }

    public func t(_ key: String, _ values: [String: String] = [:]) -> String {
        catalog.text(key, values)
    }

    /// What a field's problem says: the field's own wording when the catalog has one
    /// (`error.required.question` → "Skriv din fråga"), so a message names what to do; else the general one.
    public func problem(_ error: FieldError) -> String {
        let specific = "\(error.messageKey).\(error.field)"
        return t(!error.field.isEmpty && catalog.has(specific) ? specific : error.messageKey, error.values)
    }

    /// "26 november 2026", the day in Stockholm.
    public func date(_ date: Date) -> String {
        let parts = DateText.calendarParts(date)
        return day(CalendarDay(parts.year, parts.month, parts.day))
    }

    /// "26 november 2026, 14:30"
    public func dateTime(_ date: Date) -> String {
        "\(self.date(date)), \(DateText.time(date))"
    }

    /// "23 november 2026" for a calendar day.
    public func day(_ day: CalendarDay) -> String {
        "\(day.day) \(t("month.\(day.month)")) \(day.year)"
    }

    /// "36 535" in Swedish (a no-break space, so the number never wraps), "36,535" in English.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: language == .sv ? "\u{00A0}" : ",")
    }

    /// A total that may have been counted only up to a ceiling: "fler än 10 000" then.
    public func count(_ total: Int, exact: Bool = true) -> String {
        exact ? number(total) : t("count.moreThan", ["number": number(total)])
    }

    /// A decimal with one digit, as each language writes it: "3,4" and "3.4".
    public func decimal(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// What a question is about, in the reader's words.
    public func topic(_ topic: InquiryTopic) -> String {
        t("inquiries.topic.\(topic.rawValue)")
    }
}

extension Wording {
    /// The total of a list, as counted: "36 535", or "fler än 10 000" when counting stopped.
    public func total<Item>(_ paged: Paged<Item>) -> String {
        count(paged.total, exact: paged.totalIsExact)
    }
}
