import Plot
import Domain

/// An assignment in a list: what, for whom, where and when, who can do it, the last day.
public struct AssignmentSummary: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var organiser: String
    public var easyRead: String
    public var targetGroup: TargetGroup
    public var districts: [String]
    public var place: String
    public var remote: Bool
    public var timing: AssignmentTiming
    public var day: CalendarDay?
    public var schedule: String
    public var effort: String
    public var minimumAge: Int
    public var needsRecordExtract: Bool
    public var closes: CalendarDay
    public var isOpen: Bool
    /// An association's offer of a day with civil society for the municipality's staff.
    public var forStaff: Bool

    public init(slug: String, title: String, organiser: String, easyRead: String, targetGroup: TargetGroup, districts: [String], place: String,
                remote: Bool, timing: AssignmentTiming, day: CalendarDay?, schedule: String, effort: String, minimumAge: Int,
                needsRecordExtract: Bool, closes: CalendarDay, isOpen: Bool, forStaff: Bool = false) {
        (self.slug, self.title, self.organiser, self.easyRead, self.targetGroup) = (slug, title, organiser, easyRead, targetGroup)
        (self.districts, self.place, self.remote, self.timing, self.day, self.schedule) = (districts, place, remote, timing, day, schedule)
        (self.effort, self.minimumAge, self.needsRecordExtract, self.closes, self.isOpen) = (effort, minimumAge, needsRecordExtract, closes, isOpen)
        self.forStaff = forStaff
    }

    public static let mock = AssignmentSummary(
        slug: "laxhjalp-pa-biblioteket", title: "Läxhjälp på biblioteket", organiser: "Kultur- och fritidsförvaltningen",
        easyRead: "Hjälp barn med läxorna en gång i veckan.", targetGroup: .children, districts: ["Vivalla"], place: "Vivalla bibliotek",
        remote: false, timing: .regular, day: nil, schedule: "Tisdagar 17–19", effort: "2 timmar i veckan", minimumAge: 16,
        needsRecordExtract: true, closes: CalendarDay(2027, 3, 31), isOpen: true)

    /// "Tuesdays 17–19", "22 May 2027, 10–14", "When it suits you".
    public func when(_ words: Wording) -> String {
        switch timing {
        case .once: return [day.map(words.day) ?? "", schedule].filter { !$0.isEmpty }.joined(separator: ", ")
        case .regular: return schedule
        case .flexible: return [words.t("volunteering.timing.flexible"), schedule].filter { !$0.isEmpty }.joined(separator: ", ")
        }
    }

    public func whereText(_ words: Wording) -> String {
        let parts = [place] + districts + (remote ? [words.t("volunteering.remote")] : [])
        return parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// "From 16 years", "No age limit".
    public func age(_ words: Wording) -> String {
        minimumAge == 0 ? words.t("volunteering.age.any") : words.t("volunteering.age.from", ["age": String(minimumAge)])
    }

    public func render(_ context: PageContext, headingLevel: Int = 2) -> Node<HTML.BodyContext> {
        let words = context.words
        return .div(
            .class("entry-point assignment-card"),
            .element(named: "h\(headingLevel)", nodes: [Node<HTML.BodyContext>.a(.href(SiteURL.volunteering(.show(.value(slug))).path), .safe(title))]),
            .if(!isOpen, .p(.strong(.class("overdue"), .safe(context.t("volunteering.closed"))))),
            .if(forStaff, .p(.strong(.safe(context.t("volunteering.forStaff"))))),
            .p(.class("tag"), .safe(context.t("targetGroup.\(targetGroup.rawValue)") + " · " + when(words))),
            .p(.safe(whereText(words))),
            .p(.safe(easyRead)),
            .p(.class("hint"), .safe(([organiser, effort, age(words)] + (needsRecordExtract ? [context.t("volunteering.recordExtract")] : [])
                                        + [context.t("volunteering.closes", ["date": words.day(closes)])]).joined(separator: " · ")))
        )
    }
}
