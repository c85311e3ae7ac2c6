/// An admin's change to a person's role, department and flags, read from the form and decided
/// on the person and the number of admins as read in the write transaction — so two admins
/// removing each other at once cannot leave the platform without one.
public struct RoleAssignment: Sendable, Equatable {
    public var role: Actor.Role
    public var department: DepartmentID?
    public var isEntryPointHandler: Bool
    public var isContactNetworkMember: Bool
    public var isCouncilMember: Bool
    public var isDepartmentAdmin: Bool = false
    public var isPolitician: Bool = false

    /// `knownDepartments` are the departments there are; `remainingAdmins` counts the admins now.
    public static func read(_ form: FormFields, for current: Actor.Role, by actor: Actor, knownDepartments: Set<DepartmentID>,
                            remainingAdmins: Int) -> Result<RoleAssignment, FieldErrors> {
        var checks = FieldChecks()
        let role = Actor.Role(rawValue: form["role"]).flatMap { $0 == .anonymous ? nil : $0 }
        let department = form["departmentID"].isEmpty ? nil : DepartmentID(form["departmentID"])
        if role == nil { checks.add("role", "error.choose") }
        if !form["departmentID"].isEmpty && department.map(knownDepartments.contains) != true { checks.add("departmentID", "error.choose") }
        if role == .staff && department == nil && checks.error(for: "departmentID") == nil {
            checks.add("departmentID", "error.staffNeedsDepartment")
        }
        let handler = form["entryPointHandler"] == "on", network = form["contactNetworkMember"] == "on"
        let departmentAdmin = form["departmentAdmin"] == "on"
        if (handler || network || departmentAdmin) && department == nil && checks.error(for: "departmentID") == nil {
            checks.add("departmentID", "error.flagNeedsDepartment")
        }
        if let role, !Policy.mayChangeRole(of: current, to: role, by: actor, remainingAdmins: remainingAdmins) {
            checks.add("role", "error.lastAdmin")
        }
        guard let role, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(RoleAssignment(role: role, department: department, isEntryPointHandler: handler, isContactNetworkMember: network,
                                       isCouncilMember: form["councilMember"] == "on", isDepartmentAdmin: departmentAdmin,
                                       isPolitician: form["politician"] == "on"))
    }
}
