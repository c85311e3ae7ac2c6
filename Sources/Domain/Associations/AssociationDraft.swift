/// An association's facts as a person registers or changes them, read from the form and checked
/// before anything is stored. Problems name the field and a catalog key, so the form can say what
/// to fix.
public struct AssociationDraft: Sendable, Equatable {
    public var name: String
    public var orgNumber: OrgNumber?
    public var legalForm: LegalForm?
    public var categories: [AssociationCategory]
    public var districtIDs: [DistrictID]
    public var targetGroups: [TargetGroup]
    public var competences: String
    public var competenceTags: [String]
    public var memberBand: MemberBand?
    public var description: String
    public var easyRead: String
    public var website: String
    public var email: String
    public var phone: String

    /// Reads the form (check boxes `categories`, `districts`, `targetGroups`); `knownDistricts`
    /// are the districts there are.
    public static func read(_ form: FormFields, knownDistricts: Set<DistrictID>) -> Result<AssociationDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.name(form["name"], "name", max: 200)
        var number: OrgNumber?
        if !form["orgNumber"].trimmingWhitespace().isEmpty {
            switch OrgNumber.parse(form["orgNumber"]) {
            case .success(let parsed): number = parsed
            case .failure(let problem): checks.add("orgNumber", "error.orgNumber.\(problem.rawValue)")
            }
        }
        let legal = form["legalForm"].isEmpty ? nil : LegalForm(rawValue: form["legalForm"])
        if !form["legalForm"].isEmpty && legal == nil { checks.add("legalForm", "error.choose") }
        let categories = form.all("categories").compactMap(AssociationCategory.init(rawValue:))
        if categories.isEmpty || categories.count != form.all("categories").count { checks.add("categories", "error.chooseAtLeastOne") }
        let districts = form.all("districts").compactMap(DistrictID.init)
        if districts.count != form.all("districts").count || !Set(districts).isSubset(of: knownDistricts) { checks.add("districts", "error.choose") }
        let groups = form.all("targetGroups").compactMap(TargetGroup.init(rawValue:))
        if groups.count != form.all("targetGroups").count { checks.add("targetGroups", "error.choose") }
        checks.limit(form["competences"], "competences", max: 500)
        let band = form["memberBand"].isEmpty ? nil : MemberBand(rawValue: form["memberBand"])
        if !form["memberBand"].isEmpty && band == nil { checks.add("memberBand", "error.choose") }
        checks.require(form["description"], "description", max: 5000)
        checks.limit(form["easyRead"], "easyRead", max: 3000)
        checks.webAddress(form["website"], "website")
        let mail = form["email"].trimmingWhitespace()
        if !mail.isEmpty && EmailAddress(mail) == nil { checks.add("email", "error.email") }
        checks.limit(form["phone"], "phone", max: 50)
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(AssociationDraft(
            name: form["name"].trimmingWhitespace(), orgNumber: number, legalForm: legal,
            categories: Array(Set(categories)).sorted { $0.rawValue < $1.rawValue }, districtIDs: Array(Set(districts)).sorted(),
            targetGroups: Array(Set(groups)).sorted { $0.rawValue < $1.rawValue }, competences: form["competences"].trimmingWhitespace(),
            competenceTags: tags(form["competences"]), memberBand: band, description: form["description"].trimmingWhitespace(),
            easyRead: form["easyRead"].trimmingWhitespace(), website: form["website"].trimmingWhitespace(),
            email: EmailAddress(mail)?.value ?? "", phone: form["phone"].trimmingWhitespace()))
    }

    /// "NPF, läxhjälp; Föräldrastöd" → ["föräldrastöd", "läxhjälp", "npf"].
    public static func tags(_ competences: String) -> [String] {
        let parts = competences.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline })
            .map { Words.of(String($0)).joined(separator: " ") }.filter { !$0.isEmpty && $0.count <= 80 }
        return Array(Set(parts)).sorted()
    }
}
