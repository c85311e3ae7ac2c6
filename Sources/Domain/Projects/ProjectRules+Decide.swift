import Foundation

/// The one place that decides what may happen to a project. Pages ask `offers` to show a
/// form; the use case asks `decide` on the project as read inside its write transaction.
public enum ProjectRules {
    public static let noteLimit = 4000

    public static func offers(_ kind: ProjectEvent.Kind, on project: ProjectState, by actor: ProjectActor) -> Bool {
        (try? permit(kind, on: project, by: actor).get()) != nil
    }

    /// Whether this person may change the project itself: the owner's side.
    public static func mayEdit(_ project: ProjectState, by actor: ProjectActor) -> Bool {
        actor.speaks(for: project.owner)
    }

    /// The invitations this person may answer: to sides they speak for, not yet answered.
    public static func answerable(_ project: ProjectState, by actor: ProjectActor) -> [Party] {
        project.partners.filter { $0.value == .invited && actor.speaks(for: $0.key) }.map(\.key).sorted()
    }

    public static func decide(_ event: ProjectEvent, on project: ProjectState, by actor: ProjectActor) -> Result<ProjectDecision, ProjectRefusal> {
        permit(event.kind, on: project, by: actor).flatMap { _ in outcome(event, on: project, by: actor) }
    }

    static func permit(_ kind: ProjectEvent.Kind, on project: ProjectState, by actor: ProjectActor) -> Result<Void, ProjectRefusal> {
        let owner = mayEdit(project, by: actor)
        switch kind {
        case .edit, .move, .invite, .remove:
            guard owner else { return .failure(.forbidden) }
            if kind == .move && project.status.next.isEmpty { return .failure(.notNow("projects.refusal.over")) }
            if kind == .invite && project.status.isOver { return .failure(.notNow("projects.refusal.over")) }
        case .update:
            let partner = project.partners.contains { $0.value == .confirmed && actor.speaks(for: $0.key) }
            guard owner || partner else { return .failure(.forbidden) }
            if project.status.isOver { return .failure(.notNow("projects.refusal.over")) }
        case .answer:
            guard !answerable(project, by: actor).isEmpty else { return .failure(.forbidden) }
        case .feature:
            let coordinator = actor.actor.role == .admin
                || (actor.actor.isStaff && actor.coordinator != nil && actor.actor.departmentID == actor.coordinator)
            guard coordinator else { return .failure(.forbidden) }
            if project.status != .finished { return .failure(.notNow("projects.refusal.notFinished")) }
        }
        return .success(())
    }

    static func outcome(_ event: ProjectEvent, on project: ProjectState, by actor: ProjectActor) -> Result<ProjectDecision, ProjectRefusal> {
        var state = project
        var checks = FieldChecks()
        let title = project.title
        switch event {
        case .edit:
            return .success(ProjectDecision(state: state, entry: nil, audit: AuditNote("project.update", title)))
        case .move(let target, let note):
            guard let target, project.status.next.contains(target) else {
                return .failure(.invalid([FieldError("status", "error.choose")]))
            }
            if target == .finished { checks.require(note, "note", max: noteLimit) } else { checks.limit(note, "note", max: noteLimit) }
            if let refusal = checks.refusal { return .failure(.invalid(refusal.errors)) }
            state.status = target
            if target == .finished { state.outcome = note.trimmingWhitespace() }
            if target != .finished { state.featured = false }
            return .success(ProjectDecision(state: state, entry: note.trimmingWhitespace(),
                                            audit: AuditNote("project.status", "\(title): \(project.status.rawValue) → \(target.rawValue)")))
        case .update(let text):
            checks.require(text, "update", max: noteLimit)
            if let refusal = checks.refusal { return .failure(.invalid(refusal.errors)) }
            return .success(ProjectDecision(state: state, entry: text.trimmingWhitespace(), audit: AuditNote("project.timeline", title)))
        case .invite(let party, let role, let commitment, let verified):
            if party == nil { checks.add("orgNumber", "projects.error.partner") }
            if role == nil || role == .lead { checks.add("role", "error.choose") }
            checks.limit(commitment, "commitment", max: 2000)
            if let refusal = checks.refusal { return .failure(.invalid(refusal.errors)) }
            guard let party else { return .failure(.forbidden) }
            if party == project.owner || [.invited, .confirmed].contains(project.partners[party]) {
                return .failure(.invalid([FieldError("orgNumber", "projects.refusal.alreadyPartner")]))
            }
            if !verified { return .failure(.invalid([FieldError("orgNumber", "projects.refusal.partnerNotVerified")])) }
            // Invited until it confirms — unless the one inviting speaks for that side too.
            state.partners[party] = actor.speaks(for: party) ? .confirmed : .invited
            return .success(ProjectDecision(state: state, entry: nil, audit: AuditNote("project.partner.invite", "\(title): \(party)"),
                                            invited: state.partners[party] == .invited ? party : nil))
        case .answer(let party, let accept):
            guard project.partners[party] == .invited, actor.speaks(for: party) else { return .failure(.forbidden) }
            state.partners[party] = accept ? .confirmed : .declined
            return .success(ProjectDecision(state: state, entry: nil,
                                            audit: AuditNote(accept ? "project.partner.confirm" : "project.partner.decline", "\(title): \(party)")))
        case .remove(let party):
            guard project.partners[party] != nil else { return .failure(.notNow("projects.refusal.notPartner")) }
            state.partners[party] = nil
            return .success(ProjectDecision(state: state, entry: nil, audit: AuditNote("project.partner.remove", "\(title): \(party)")))
        case .feature(let on):
            state.featured = on
            return .success(ProjectDecision(state: state, entry: nil, audit: AuditNote(on ? "project.feature" : "project.unfeature", title)))
        }
    }
}
