import Foundation

/// Where an association's answer to a call stands: the department chooses it (and a project
/// starts) or says "not this time" with a reason (N6: every answer gets an answer).
public enum CallAnswerStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case submitted, chosen, declined
}

/// A call as its rules see it.
public struct CallState: Sendable, Hashable {
    public var department: DepartmentID
    public var closes: CalendarDay

    public init(department: DepartmentID, closes: CalendarDay) {
        self.department = department
        self.closes = closes
    }

    /// Answers are taken until the end of the last day.
    public func isOpen(on today: CalendarDay) -> Bool { today <= closes }
}

/// An association's expression of interest: what it can do, who, when.
public struct CallAnswerDraft: Sendable, Hashable {
    public var what: String
    public var who: String
    public var when: String

    public init(what: String, who: String = "", when: String = "") {
        self.what = what
        self.who = who
        self.when = when
    }

    public static func read(_ fields: FormFields) -> Result<CallAnswerDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(fields["what"], "what", max: 2000)
        checks.limit(fields["who"], "who", max: 500)
        checks.limit(fields["when"], "when", max: 500)
        if let refusal = checks.refusal { return .failure(refusal) }
        return .success(CallAnswerDraft(what: fields["what"].trimmingWhitespace(), who: fields["who"].trimmingWhitespace(),
                                        when: fields["when"].trimmingWhitespace()))
    }
}

/// The department's word on an answer.
public enum CallDecision: Sendable, Hashable {
    case choose
    case decline(reason: String)
}

/// The one place that decides what may happen to a call and its answers.
public enum CallRules {
    /// Publishing, changing, sending and answering answers: the department's own staff (or an admin).
    public static func mayManage(_ call: CallState, by actor: ProjectActor) -> Bool {
        Policy.mayPublish(actor.actor, for: call.department)
    }

    /// An association answers once, while the call is open, through its representative — only a verified one.
    public static func answer(_ fields: FormFields, on call: CallState, as association: AssociationID, answeredBefore: Bool,
                              by actor: ProjectActor, today: CalendarDay) -> Result<CallAnswerDraft, ProjectRefusal> {
        guard actor.speaks(for: .association(association)) else { return .failure(.forbidden) }
        guard call.isOpen(on: today) else { return .failure(.notNow("calls.refusal.closed")) }
        guard !answeredBefore else { return .failure(.notNow("calls.refusal.alreadyAnswered")) }
        return CallAnswerDraft.read(fields).mapError { .invalid($0.errors) }
    }

    /// Choosing or declining an answer, decided on the answer as read inside the change: the
    /// second of two at once finds it decided and is refused, so one choice makes one project.
    public static func decide(_ decision: CallDecision, on answer: CallAnswerStatus, of call: CallState,
                              by actor: ProjectActor) -> Result<CallAnswerStatus, ProjectRefusal> {
        settle(decision, on: answer, allowed: mayManage(call, by: actor))
    }

    /// An answer is decided once, by those `allowed`; declining needs a reason. Shared by calls
    /// (the department decides) and offers (the association decides).
    public static func settle(_ decision: CallDecision, on answer: CallAnswerStatus, allowed: Bool) -> Result<CallAnswerStatus, ProjectRefusal> {
        guard allowed else { return .failure(.forbidden) }
        guard answer == .submitted else { return .failure(.notNow("calls.refusal.alreadyDecided")) }
        switch decision {
        case .choose:
            return .success(.chosen)
        case .decline(let reason):
            var checks = FieldChecks()
            checks.require(reason, "reason", max: 2000)
            if let refusal = checks.refusal { return .failure(.invalid(refusal.errors)) }
            return .success(.declined)
        }
    }

    /// Which of the ticked associations get the call now: verified ones not sent it before
    /// (one mail per association per call, however often it is sent).
    public static func recipients(_ requested: [AssociationID], statuses: [AssociationID: AssociationStatus],
                                  sentBefore: Set<AssociationID>) -> Result<[AssociationID], ProjectRefusal> {
        let chosen = Set(requested).filter { statuses[$0] == .verified && !sentBefore.contains($0) }.sorted()
        guard !chosen.isEmpty else { return .failure(.invalid([FieldError("associations", "calls.refusal.noneToSend")])) }
        return .success(chosen)
    }
}
