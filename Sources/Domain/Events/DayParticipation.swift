import Foundation

/// How an association takes part in a Föreningarnas dag.
public enum ParticipationKind: String, Sendable, Hashable, CaseIterable, Codable {
    case table, workshop, talk, other
}

/// What an association needs on the day.
public enum ParticipationNeed: String, Sendable, Hashable, CaseIterable, Codable {
    case table, electricity
}

/// Where a sign-up stands: the organiser confirms it (only then is it in the programme) or says
/// "not this time" with a reason; the association may withdraw until the day.
public enum ParticipationStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case proposed, confirmed, declined, withdrawn

    public var isActive: Bool { self == .proposed || self == .confirmed }
}

/// What an association offers on the day, as its representative writes it.
public struct ParticipationDraft: Sendable, Hashable {
    public var kind: ParticipationKind
    public var offer: String
    public var needs: [ParticipationNeed]
    public var otherNeeds: String

    public init(kind: ParticipationKind, offer: String, needs: [ParticipationNeed] = [], otherNeeds: String = "") {
        self.kind = kind
        self.offer = offer
        self.needs = needs
        self.otherNeeds = otherNeeds
    }

    public static func read(_ fields: FormFields) -> Result<ParticipationDraft, FieldErrors> {
        var checks = FieldChecks()
        let kind = ParticipationKind(rawValue: fields["kind"])
        if kind == nil { checks.add("kind", "error.choose") }
        checks.require(fields["offer"], "offer", max: 1000)
        checks.limit(fields["otherNeeds"], "otherNeeds", max: 500)
        let needs = fields.all("needs").map { ParticipationNeed(rawValue: $0) }
        if needs.contains(nil) { checks.add("needs", "error.choose") }
        if let refusal = checks.refusal { return .failure(refusal) }
        return .success(ParticipationDraft(kind: kind!, offer: fields["offer"].trimmingWhitespace(),
                                           needs: ParticipationNeed.allCases.filter { needs.contains($0) },
                                           otherNeeds: fields["otherNeeds"].trimmingWhitespace()))
    }
}

/// The one place that decides who takes part in a Föreningarnas dag: a verified association's
/// representative signs it up once, before the day, for an event of that kind that still takes
/// place; the organiser confirms or declines each sign-up once; the association withdraws its own,
/// and may sign up again after withdrawing (`signedUpBefore` counts only sign-ups not withdrawn).
public enum ParticipationRules {
    public static func signUp(_ fields: FormFields, kind: EventKind, on event: EventState, as association: AssociationID,
                              signedUpBefore: Bool, by actor: ProjectActor, at now: Date) -> Result<ParticipationDraft, ProjectRefusal> {
        guard actor.speaks(for: .association(association)) else { return .failure(.forbidden) }
        guard kind == .associationsDay else { return .failure(.notNow("participation.refusal.notADay")) }
        guard !event.isCancelled else { return .failure(.notNow("events.refusal.cancelled")) }
        guard event.ends > now else { return .failure(.notNow("events.refusal.over")) }
        guard !signedUpBefore else { return .failure(.notNow("participation.refusal.already")) }
        return ParticipationDraft.read(fields).mapError { .invalid($0.errors) }
    }

    /// The organiser's word on a sign-up, decided on it as read inside the change.
    public static func decide(_ decision: CallDecision, on status: ParticipationStatus, of event: EventState, associationIsVerified: Bool,
                              by actor: ProjectActor, at now: Date) -> Result<ParticipationStatus, ProjectRefusal> {
        guard EventRules.mayManage(event, by: actor) else { return .failure(.forbidden) }
        guard status == .proposed else { return .failure(.notNow("participation.refusal.decided")) }
        // Only verified associations act as associations: one that lost it since signing up is not confirmed.
        if case .choose = decision, !associationIsVerified { return .failure(.notNow("participation.refusal.notVerified")) }
        guard !event.isCancelled else { return .failure(.notNow("events.refusal.cancelled")) }
        guard event.ends > now else { return .failure(.notNow("events.refusal.over")) }
        switch decision {
        case .choose:
            return .success(.confirmed)
        case .decline(let reason):
            var checks = FieldChecks()
            checks.require(reason, "reason", max: 2000)
            if let refusal = checks.refusal { return .failure(.invalid(refusal.errors)) }
            return .success(.declined)
        }
    }

    /// The association takes back its sign-up, confirmed or not, until the day is over.
    public static func withdraw(_ status: ParticipationStatus, as association: AssociationID, of event: EventState,
                                by actor: ProjectActor, at now: Date) -> Result<ParticipationStatus, ProjectRefusal> {
        guard actor.speaks(for: .association(association)) else { return .failure(.forbidden) }
        guard status.isActive else { return .failure(.notNow("participation.refusal.decided")) }
        guard event.ends > now else { return .failure(.notNow("events.refusal.over")) }
        return .success(.withdrawn)
    }
}
