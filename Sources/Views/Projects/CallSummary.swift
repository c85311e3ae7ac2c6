import Plot
import Domain

/// A call for partners in a list or feed: who asks for what, until when, and how many answered.
public struct CallSummary: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var department: String
    public var easyRead: String
    public var closes: CalendarDay
    public var isOpen: Bool
    public var competences: [String]
    public var money: Bool
    public var premises: Bool
    public var answers: Int

    public init(slug: String, title: String, department: String, easyRead: String, closes: CalendarDay, isOpen: Bool, competences: [String],
                money: Bool, premises: Bool, answers: Int) {
        self.slug = slug
        self.title = title
        self.department = department
        self.easyRead = easyRead
        self.closes = closes
        self.isOpen = isOpen
        self.competences = competences
        self.money = money
        self.premises = premises
        self.answers = answers
    }

    public static let mock = CallSummary(
        slug: "npf-saker-skola", title: "Vi söker föreningar med kunskap om NPF", department: "Grundskoleförvaltningen",
        easyRead: "Skolan vill lära sig mer om NPF. Kan er förening hjälpa?", closes: CalendarDay(2026, 12, 18), isOpen: true,
        competences: ["npf", "autism"], money: true, premises: false, answers: 2)

    /// "Open until 18 december 2026", "Closed 18 december 2026".
    public func when(_ words: Wording) -> String {
        words.t(isOpen ? "calls.openUntil" : "calls.closed", ["day": words.day(closes)])
    }

    /// What comes with it: money, premises.
    public func offered(_ words: Wording) -> [String] {
        (money ? [words.t("calls.money")] : []) + (premises ? [words.t("calls.premises")] : [])
    }

    public func render(_ context: PageContext, headingLevel: Int = 2) -> Node<HTML.BodyContext> {
        .div(
            .class("entry-point call-card"),
            .element(named: "h\(headingLevel)", nodes: [Node<HTML.BodyContext>.a(.href(SiteURL.calls(.show(.value(slug))).path), .safe(title))]),
            .p(.strong(.safe(when(context.words)))),
            .p(.safe(easyRead)),
            .p(.class("hint"), .safe(([department] + offered(context.words)
                + [context.t("calls.answerCount", ["count": context.words.number(answers)])]).joined(separator: " · ")))
        )
    }
}
