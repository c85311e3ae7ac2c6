import Foundation

/// Which side of the agreement a council member comes from.
public enum CouncilSide: String, Sendable, Hashable, CaseIterable, Codable {
    case associations, municipality
}

/// A member of the cooperation council (samverkansrådet): who they are, whom they represent,
/// their task on the council, how to reach them, and the clusters of associations they keep in
/// touch with — by category and by district, so the council shows the palette of civil society
/// and does not lump it together (G4).
public struct CouncilMemberDraft: Sendable, Hashable {
    public var name: String
    public var side: CouncilSide
    /// The association, party or department they come from.
    public var represents: String
    /// Chair, vice chair, secretary, member…
    public var task: String
    public var email: EmailAddress?
    public var categories: [AssociationCategory]
    public var districts: [DistrictID]

    public init(name: String, side: CouncilSide, represents: String, task: String = "", email: EmailAddress? = nil,
                categories: [AssociationCategory] = [], districts: [DistrictID] = []) {
        (self.name, self.side, self.represents, self.task, self.email) = (name, side, represents, task, email)
        (self.categories, self.districts) = (categories, districts)
    }

    public static func read(_ fields: FormFields, knownDistricts: Set<DistrictID>) -> Result<CouncilMemberDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.name(fields["name"], "name", max: 120)
        let side = CouncilSide(rawValue: fields["side"])
        if side == nil { checks.add("side", "error.choose") }
        checks.name(fields["represents"], "represents", max: 200)
        checks.limit(fields["task"], "task", max: 120)
        if fields["task"].contains(where: \.isNewline) { checks.add("task", "error.oneLine") }
        let emailText = fields["email"].trimmingWhitespace()
        let email = EmailAddress(emailText)
        if !emailText.isEmpty && email == nil { checks.add("email", "error.email") }
        let categories = fields.all("categories").compactMap(AssociationCategory.init(rawValue:))
        if categories.count != fields.all("categories").count { checks.add("categories", "error.choose") }
        let districts = fields.all("districts").compactMap(DistrictID.init)
        if districts.count != fields.all("districts").count || !districts.allSatisfy(knownDistricts.contains) { checks.add("districts", "error.choose") }
        guard let side, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(CouncilMemberDraft(
            name: fields["name"].trimmingWhitespace(), side: side, represents: fields["represents"].trimmingWhitespace(),
            task: fields["task"].trimmingWhitespace(), email: email, categories: AssociationCategory.allCases.filter(categories.contains),
            districts: Array(Set(districts)).sorted()))
    }
}

/// Who does what for the council. The coordinator (an admin) keeps its roster and meetings;
/// council members and the coordinator write its news.
public enum CouncilRules {
    public static func mayManage(_ actor: Actor) -> Bool { MeetingRules.mayManage(actor) }

    public static func mayWriteNews(_ actor: Actor) -> Bool {
        actor.isSignedIn && (actor.role == .admin || actor.isCouncilMember)
    }

    /// Changing the roster, decided inside the change.
    public static func manage(by actor: Actor) -> Result<Void, ProjectRefusal> {
        mayManage(actor) ? .success(()) : .failure(.forbidden)
    }

    /// Publishing or correcting a news item, decided inside the change.
    public static func writeNews(by actor: Actor) -> Result<Void, ProjectRefusal> {
        mayWriteNews(actor) ? .success(()) : .failure(.forbidden)
    }
}
