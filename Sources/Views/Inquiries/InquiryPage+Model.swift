import Domain

/// One inquiry as the person who asked sees it: status, the promise, every public reply and
/// transfer, and what they can do next (add information, reopen, rate the help).
public struct InquiryPage: Sendable {
    public var key: InquiryKey
    public var summary: InquirySummary
    public var timeline: [InquiryTimelineEntry]
    /// The absolute private link, shown on the receipt so it can be kept.
    public var privateLink: String?
    public var canAddInformation: Bool
    public var canReopen: Bool
    public var canRate: Bool
    public var form: FormState

    public init(key: InquiryKey, summary: InquirySummary, timeline: [InquiryTimelineEntry], privateLink: String? = nil,
                canAddInformation: Bool, canReopen: Bool, canRate: Bool, form: FormState = FormState()) {
        self.key = key
        self.summary = summary
        self.timeline = timeline
        self.privateLink = privateLink
        self.canAddInformation = canAddInformation
        self.canReopen = canReopen
        self.canRate = canRate
        self.form = form
    }

    public static let mock = InquiryPage(
        key: .token(.value("mock-token")), summary: .mock, timeline: InquiryTimelineEntry.mocks.filter(\.isPublic),
        privateLink: "https://samverka.example/kontakt/arende/mock-token", canAddInformation: true, canReopen: false, canRate: true)
}
