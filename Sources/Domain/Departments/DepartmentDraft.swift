/// A municipal department or company.
public enum DepartmentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case department, company
}

/// A department's or company's facts and entry point as the admin writes them, read from the
/// form and checked before anything is stored.
public struct DepartmentDraft: Sendable, Equatable {
    public var name: String
    public var kind: DepartmentKind
    public var email: EmailAddress
    public var phone: String
    public var address: String
    public var openingHours: String
    public var description: String
    public var easyRead: String
    public var isCoordinator: Bool
    /// The promise: a first answer within this many working days.
    public var answerDays: Int

    public static let defaultAnswerDays = 5

    /// `wasCoordinator`: the central entry point cannot be switched off here, only moved by
    /// making another department the coordinator.
    public static func read(_ form: FormFields, wasCoordinator: Bool = false) -> Result<DepartmentDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(form["name"], "name", max: 200)
        let kind = DepartmentKind(rawValue: form["kind"])
        if kind == nil { checks.add("kind", "error.choose") }
        let email = EmailAddress(form["email"])
        if form["email"].trimmingWhitespace().isEmpty { checks.add("email", "error.required") } else if email == nil { checks.add("email", "error.email") }
        checks.require(form["phone"], "phone", max: 50)
        checks.require(form["address"], "address", max: 300)
        checks.require(form["openingHours"], "openingHours", max: 300)
        checks.limit(form["description"], "description", max: 5000)
        checks.limit(form["easyRead"], "easyRead", max: 3000)
        let days = form["answerDays"].trimmingWhitespace()
        let answerDays = days.isEmpty ? defaultAnswerDays : Int(days).flatMap { (1...60).contains($0) ? $0 : nil }
        if answerDays == nil { checks.add("answerDays", "error.answerDays") }
        let coordinator = form["coordinator"] == "on"
        if wasCoordinator && !coordinator { checks.add("coordinator", "error.needsCoordinator") }
        guard let kind, let email, let answerDays, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(DepartmentDraft(
            name: form["name"].trimmingWhitespace(), kind: kind, email: email, phone: form["phone"].trimmingWhitespace(),
            address: form["address"].trimmingWhitespace(), openingHours: form["openingHours"].trimmingWhitespace(),
            description: form["description"].trimmingWhitespace(), easyRead: form["easyRead"].trimmingWhitespace(),
            isCoordinator: coordinator, answerDays: answerDays))
    }
}
