import Foundation

/// An answer to a consultation as it stands, read in the write transaction.
public struct ResponseState: Sendable, Hashable {
    /// How many times it has been submitted; 0 for a draft never sent.
    public var version: Int

    public init(version: Int) {
        self.version = version
    }
}

/// Saving a draft of an answer or submitting it: who may answer as whom, until when, and what
/// the answer must hold — decided on the consultation and the answer as read inside the write
/// transaction, so a submit that arrives after midnight of the last day is refused, and two at
/// once become two versions.
public enum ResponseRules {
    public enum Outcome: Sendable, Hashable {
        case draft(ResponseDraft)
        /// Submitted as this version; the sender gets a copy by mail.
        case submit(ResponseDraft, version: Int)
    }

    public enum Refusal: Domain.Refusal, Hashable {
        /// Not theirs to answer for (another association, or one that is not verified).
        case forbidden
        case closed
        case invalid([FieldError])

        public var kind: RefusalKind {
            switch self {
            case .forbidden: return .forbidden
            case .closed: return .conflict
            case .invalid: return .invalid
            }
        }

        public var problems: [FieldError] {
            switch self {
            case .forbidden: return []
            case .closed: return [FieldError("", "responses.refusal.closed")]
            case .invalid(let errors): return errors
            }
        }
    }

    /// `respondentStatus` is the association's status when answering for one, nil for a person.
    public static func decide(_ intent: ResponseDraft.Intent, _ text: ResponseDraft, questions: Int, as respondent: Respondent,
                              respondentStatus: AssociationStatus?, by actor: Actor, dates: ConsultationDates,
                              existing: ResponseState?, now: Date) -> Result<Outcome, Refusal> {
        guard Policy.mayRespond(actor, as: respondent) else { return .failure(.forbidden) }
        if case .association = respondent, respondentStatus != .verified { return .failure(.forbidden) }
        guard dates.acceptsResponses(at: now) else { return .failure(.closed) }
        switch text.check(intent, questions: questions) {
        case .failure(let problems): return .failure(.invalid(problems.errors))
        case .success(let checked):
            return .success(intent == .draft ? .draft(checked) : .submit(checked, version: (existing?.version ?? 0) + 1))
        }
    }
}
