import Foundation

/// An inquiry as its rules see it, read inside the transaction that will change it.
public struct InquiryState: Sendable, Hashable {
    public var reference: String
    public var status: InquiryStatus
    public var department: DepartmentRef
    public var assignee: PersonRef?
    public var firstAnsweredAt: Date?
    public var closedAt: Date?
    public var outcome: InquiryOutcome?
    public var rating: Int?
    public var ratingComment: String?

    public init(reference: String, status: InquiryStatus, department: DepartmentRef, assignee: PersonRef? = nil,
                firstAnsweredAt: Date? = nil, closedAt: Date? = nil, outcome: InquiryOutcome? = nil,
                rating: Int? = nil, ratingComment: String? = nil) {
        self.reference = reference
        self.status = status
        self.department = department
        self.assignee = assignee
        self.firstAnsweredAt = firstAnsweredAt
        self.closedAt = closedAt
        self.outcome = outcome
        self.rating = rating
        self.ratingComment = ratingComment
    }
}

/// Who acts on an inquiry, and how far the access rules let them reach it.
public struct InquiryActor: Sendable, Hashable {
    /// nil: the inquiry is not theirs to see.
    public var access: InquiryAccess?
    public var user: PersonRef?
    /// The name their timeline lines carry (the asker's own name when they follow the private link).
    public var name: String

    public init(access: InquiryAccess?, user: PersonRef?, name: String) {
        self.access = access
        self.user = user
        self.name = name
    }
}

/// Everything that can happen to an inquiry after it was asked, with what the person sent.
/// Values that did not parse (an unknown outcome, a rating of "six") arrive as nil and are
/// refused by `InquiryRules` with the field's message.
public enum InquiryEvent: Sendable, Hashable {
    case claim
    case assign(to: PersonRef?)
    case reply(String)
    case note(String)
    case addInformation(String)
    case transfer(to: DepartmentRef?, reason: String)
    case close(InquiryOutcome?, message: String)
    case reopen(reason: String)
    case rate(Int?, comment: String)

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case claim, assign, reply, note, addInformation, transfer, close, reopen, rate
    }

    public var kind: Kind {
        switch self {
        case .claim: return .claim
        case .assign: return .assign
        case .reply: return .reply
        case .note: return .note
        case .addInformation: return .addInformation
        case .transfer: return .transfer
        case .close: return .close
        case .reopen: return .reopen
        case .rate: return .rate
        }
    }
}

extension InquiryEvent.Kind {
    /// Handlers act on the inquiry; the person who asked follows it.
    var needs: InquiryAccess { [.addInformation, .reopen, .rate].contains(self) ? .submitter : .handle }

    /// The status machine's step, when the event moves the status.
    var step: InquiryStep? {
        switch self {
        case .claim, .assign: return .start
        case .reply: return .reply
        case .addInformation: return .addInformation
        case .transfer: return .transfer
        case .close: return .close
        case .reopen: return .reopen
        case .note, .rate: return nil
        }
    }
}

/// What an accepted event does: the inquiry's new state, its timeline line, the audit text
/// and the mails it causes. The App writes all of it in the transaction that read the state.
public struct InquiryDecision: Sendable, Hashable {
    public var state: InquiryState
    public var entry: InquiryEntryDraft?
    public var audit: AuditNote
    public var notices: [InquiryNotice]
}

/// A line for the inquiry's history.
public struct InquiryEntryDraft: Sendable, Hashable {
    public var kind: InquiryEntryKind
    public var isPublic: Bool
    public var body: String
    public var from: DepartmentID?
    public var to: DepartmentID?

    public init(kind: InquiryEntryKind, isPublic: Bool, body: String, from: DepartmentID? = nil, to: DepartmentID? = nil) {
        self.kind = kind
        self.isPublic = isPublic
        self.body = body
        self.from = from
        self.to = to
    }
}

public enum InquiryEntryKind: String, Sendable, Hashable, Codable, CaseIterable {
    case received, assigned, reply, note, information, transfer, closed, reopened
}

/// A mail an event causes.
public enum InquiryNotice: Sendable, Hashable {
    /// To the person who asked: a reply, a transfer or the closing, with the staff's words.
    case toAsker(InquiryEntryKind, message: String)
    /// To a department's entry point: the inquiry is waiting there (after a transfer or a reopening).
    case arrived(DepartmentRef)
}

/// Why an event was not accepted.
public enum InquiryRefusal: Refusal, Hashable {
    case notFound
    case readOnly
    case alreadyClaimed(by: String)
    case closed
    case notClosed
    case reopenWindowPassed
    case alreadyRated
    case invalid([FieldError])

    public var kind: RefusalKind {
        switch self {
        case .notFound: return .notFound
        case .readOnly: return .forbidden
        case .alreadyClaimed, .closed, .notClosed, .reopenWindowPassed, .alreadyRated: return .conflict
        case .invalid: return .invalid
        }
    }

    public var problems: [FieldError] {
        switch self {
        case .notFound, .readOnly: return []
        case .alreadyClaimed(let name): return [FieldError("", "inquiries.refusal.alreadyClaimed", ["name": name])]
        case .closed: return [FieldError("", "inquiries.refusal.closed")]
        case .notClosed: return [FieldError("", "inquiries.refusal.notClosed")]
        case .reopenWindowPassed: return [FieldError("", "inquiries.refusal.reopenWindowPassed")]
        case .alreadyRated: return [FieldError("", "inquiries.refusal.alreadyRated")]
        case .invalid(let errors): return errors
        }
    }
}
