import Foundation

/// Mail about new assignments, without an account: an address, and the districts and target
/// groups it is about (none chosen: all). It starts when the link in the first mail is followed.
public struct AssignmentAlertDraft: Sendable, Hashable {
    public var email: EmailAddress
    public var districts: [DistrictID]
    public var groups: [TargetGroup]

    public init(email: EmailAddress, districts: [DistrictID] = [], groups: [TargetGroup] = []) {
        (self.email, self.districts, self.groups) = (email, districts, groups)
    }

    public static func read(_ fields: FormFields, knownDistricts: Set<DistrictID>) -> Result<AssignmentAlertDraft, FieldErrors> {
        var checks = FieldChecks()
        let text = fields["email"].trimmingWhitespace()
        let email = EmailAddress(text)
        if email == nil { checks.add("email", text.isEmpty ? "error.required" : "error.email") }
        let districts = fields.all("districts").compactMap(DistrictID.init)
        if districts.count != fields.all("districts").count || !districts.allSatisfy(knownDistricts.contains) { checks.add("districts", "error.choose") }
        let groups = fields.all("groups").compactMap(TargetGroup.init(rawValue:))
        if groups.count != fields.all("groups").count { checks.add("groups", "error.choose") }
        guard let email, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(AssignmentAlertDraft(email: email, districts: Array(Set(districts)).sorted { $0.description < $1.description },
                                             groups: TargetGroup.allCases.filter(groups.contains)))
    }

    /// Whether a new assignment is one this alert is about: in a chosen district (or remote, which
    /// suits anyone), for a chosen group; nothing chosen means everything.
    public func matches(districts assignmentDistricts: [DistrictID], remote: Bool, group: TargetGroup) -> Bool {
        let place = districts.isEmpty || remote || !Set(districts).isDisjoint(with: assignmentDistricts)
        return place && (groups.isEmpty || groups.contains(group))
    }
}

/// What the page behind an alert's link does, decided on the alert as read inside the change:
/// the first press starts it (replacing the address's earlier alerts), "stop" ends it, and a
/// second press of "start" changes nothing.
public enum AlertDecision: Sendable, Hashable {
    case start, stop, nothing

    public static func decide(stop: Bool, isConfirmed: Bool) -> AlertDecision {
        stop ? .stop : (isConfirmed ? .nothing : .start)
    }
}
