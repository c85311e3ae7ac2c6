import Foundation

/// The one place that decides what happens to an inquiry. Pages ask `offers` to show a
/// button; the use case asks `decide` on the row it read inside its write transaction.
public enum InquiryRules {
    public static let ratings = 1...5
    public static let commentLimit = 2000
    public static let reasonLimit = 2000

    /// Whether `kind` can happen now for this actor: the access and the state, not yet the input.
    public static func offers(_ kind: InquiryEvent.Kind, on inquiry: InquiryState, by actor: InquiryActor, at now: Date) -> Bool {
        (try? permit(kind, on: inquiry, by: actor, at: now).get()) != nil
    }

    public static func decide(_ event: InquiryEvent, on inquiry: InquiryState, by actor: InquiryActor,
                              at now: Date) -> Result<InquiryDecision, InquiryRefusal> {
        permit(event.kind, on: inquiry, by: actor, at: now).flatMap { next in
            if let problems = check(event, on: inquiry) { return .failure(.invalid(problems)) }
            return .success(outcome(event, from: inquiry, to: next, by: actor, at: now))
        }
    }

    /// The status after `kind`, or why it cannot happen: who may, then whether the state lets it.
    static func permit(_ kind: InquiryEvent.Kind, on inquiry: InquiryState, by actor: InquiryActor,
                       at now: Date) -> Result<InquiryStatus, InquiryRefusal> {
        guard let access = actor.access else { return .failure(.notFound) }
        if kind.needs == .handle && access != .handle { return .failure(access == .readOnly ? .readOnly : .notFound) }
        if kind.needs == .submitter && access != .submitter { return .failure(.notFound) }
        switch kind {
        case .claim:
            if let holder = inquiry.assignee { return .failure(.alreadyClaimed(by: holder.name)) }
        case .note:
            return .success(inquiry.status)
        case .reopen:
            guard inquiry.status == .closed else { return .failure(.notClosed) }
            guard InquiryStatus.mayReopen(closedAt: inquiry.closedAt, now: now) else { return .failure(.reopenWindowPassed) }
        case .rate:
            guard inquiry.status == .closed else { return .failure(.notClosed) }
            guard inquiry.rating == nil else { return .failure(.alreadyRated) }
            return .success(.closed)
        default:
            break
        }
        guard let step = kind.step, let next = inquiry.status.after(step) else { return .failure(.closed) }
        return .success(next)
    }

    /// What the person sent, checked: texts present and short enough, choices among the offered.
    static func check(_ event: InquiryEvent, on inquiry: InquiryState) -> [FieldError]? {
        var checks = FieldChecks()
        switch event {
        case .claim:
            break
        case .assign(let person):
            if person == nil { checks.add("assignee", "error.choose") }
        case .reply(let text):
            checks.require(text, "reply", max: InquiryDraft.questionLimit)
        case .note(let text):
            checks.require(text, "note", max: InquiryDraft.questionLimit)
        case .addInformation(let text):
            checks.require(text, "message", max: InquiryDraft.questionLimit)
        case .transfer(let target, let reason):
            if target == nil || target?.id == inquiry.department.id { checks.add("department", "error.choose") }
            checks.require(reason, "reason", max: reasonLimit)
        case .close(let outcome, let message):
            if outcome == nil { checks.add("outcome", "error.choose") }
            checks.limit(message, "closeMessage", max: InquiryDraft.questionLimit)
        case .reopen(let reason):
            checks.require(reason, "reason", max: InquiryDraft.questionLimit)
        case .rate(let score, let comment):
            if score.map(ratings.contains) != true { checks.add("rating", "error.choose") }
            checks.limit(comment, "comment", max: commentLimit)
        }
        return checks.isValid ? nil : checks.errors
    }

    /// The accepted event's effects. Input has been checked, so the optionals are present.
    static func outcome(_ event: InquiryEvent, from inquiry: InquiryState, to next: InquiryStatus, by actor: InquiryActor,
                        at now: Date) -> InquiryDecision {
        var state = inquiry
        state.status = next
        let ref = inquiry.reference, before = inquiry.status.rawValue
        func moved(_ action: String, _ detail: String = "") -> AuditNote {
            AuditNote("inquiry.\(action)", "\(ref): \(before) → \(next.rawValue)\(detail)")
        }
        switch event {
        case .claim, .assign:
            let person: PersonRef
            if case .assign(let chosen?) = event { person = chosen } else { person = actor.user ?? PersonRef(id: nil, name: actor.name) }
            state.assignee = person
            return InquiryDecision(state: state, entry: InquiryEntryDraft(kind: .assigned, isPublic: false, body: person.name),
                                   audit: moved(event.kind.rawValue, ", \(person.name)"), notices: [])
        case .reply(let text):
            state.firstAnsweredAt = inquiry.firstAnsweredAt ?? now
            let body = text.trimmingWhitespace()
            return InquiryDecision(state: state, entry: InquiryEntryDraft(kind: .reply, isPublic: true, body: body),
                                   audit: moved("reply"), notices: [.toAsker(.reply, message: body)])
        case .note(let text):
            return InquiryDecision(state: state, entry: InquiryEntryDraft(kind: .note, isPublic: false, body: text.trimmingWhitespace()),
                                   audit: AuditNote("inquiry.note", ref), notices: [])
        case .addInformation(let text):
            return InquiryDecision(state: state, entry: InquiryEntryDraft(kind: .information, isPublic: true, body: text.trimmingWhitespace()),
                                   audit: moved("information"), notices: [])
        case .transfer(let target?, let reason):
            let body = reason.trimmingWhitespace()
            state.department = target
            state.assignee = nil
            return InquiryDecision(
                state: state, entry: InquiryEntryDraft(kind: .transfer, isPublic: true, body: body, from: inquiry.department.id, to: target.id),
                audit: AuditNote("inquiry.transfer", "\(ref): \(inquiry.department.name) → \(target.name)"),
                notices: [.toAsker(.transfer, message: body), .arrived(target)])
        case .close(let outcome?, let message):
            let body = message.trimmingWhitespace()
            state.closedAt = now
            state.outcome = outcome
            if !body.isEmpty { state.firstAnsweredAt = inquiry.firstAnsweredAt ?? now }
            return InquiryDecision(state: state, entry: InquiryEntryDraft(kind: .closed, isPublic: true, body: body),
                                   audit: moved("close", " (\(outcome.rawValue))"), notices: [.toAsker(.closed, message: body)])
        case .reopen(let reason):
            state.closedAt = nil
            state.outcome = nil
            return InquiryDecision(state: state, entry: InquiryEntryDraft(kind: .reopened, isPublic: true, body: reason.trimmingWhitespace()),
                                   audit: moved("reopen"), notices: [.arrived(inquiry.department)])
        case .rate(let score?, let comment):
            state.rating = score
            state.ratingComment = comment.trimmingWhitespace()
            return InquiryDecision(state: state, entry: nil, audit: AuditNote("inquiry.rate", "\(ref): \(score)/5"), notices: [])
        case .transfer(nil, _), .close(nil, _), .rate(nil, _):
            preconditionFailure("checked before: \(event)")
        }
    }
}
