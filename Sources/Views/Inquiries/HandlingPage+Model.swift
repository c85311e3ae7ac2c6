import Domain

/// One inquiry as its department's handlers see it: the person's contact details, the whole
/// history including internal notes, and the actions `InquiryRules` offers now.
public struct HandlingPage: Sendable {
    public struct Contact: Sendable, Hashable {
        public var name: String
        public var email: String
        public var phone: String
        public var address: String
        public var channel: AnswerChannel

        public init(name: String, email: String, phone: String, address: String, channel: AnswerChannel) {
            self.name = name
            self.email = email
            self.phone = phone
            self.address = address
            self.channel = channel
        }
    }

    public var summary: InquirySummary
    public var contact: Contact
    public var timeline: [InquiryTimelineEntry]
    public var access: InquiryAccess
    /// What this person can do to the inquiry now, as `InquiryRules.offers` says.
    public var offered: Set<InquiryEvent.Kind>
    public var assignee: String?
    /// Handlers of the holding department who can be given the inquiry.
    public var colleagues: [Form.Option]
    /// Departments it can be transferred to (all but the holder).
    public var departments: [Form.Option]
    /// The form that was sent and came back with problems, if any.
    public var failedAction: InquiryAction?
    public var form: FormState

    public init(summary: InquirySummary, contact: Contact, timeline: [InquiryTimelineEntry], access: InquiryAccess,
                offered: Set<InquiryEvent.Kind>, assignee: String?, colleagues: [Form.Option], departments: [Form.Option],
                failedAction: InquiryAction? = nil, form: FormState = FormState()) {
        self.summary = summary
        self.contact = contact
        self.timeline = timeline
        self.access = access
        self.offered = offered
        self.assignee = assignee
        self.colleagues = colleagues
        self.departments = departments
        self.failedAction = failedAction
        self.form = form
    }

    public static let mock = HandlingPage(
        summary: .mock, contact: Contact(name: "Kim Exempel", email: "kim@example.org", phone: "070-123 45 67", address: "", channel: .email),
        timeline: InquiryTimelineEntry.mocks, access: .handle, offered: [.assign, .reply, .note, .transfer, .close], assignee: "Handläggare",
        colleagues: [Form.Option("u1", "Handläggare")], departments: [Form.Option("d2", "Socialförvaltningen")])

    /// The state a given action's form shows: the sent values and problems for the one that failed.
    func state(_ action: InquiryAction) -> FormState {
        failedAction == action ? form : FormState()
    }
}
