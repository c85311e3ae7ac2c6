/// What a person fills in to register or change an association, checked before anything is
/// stored. Problems name the field and a catalog key, so the form can say what to fix.
public struct AssociationDraft: Sendable, Equatable {
    public var name: String
    public var orgNumber: String
    public var legalForm: String
    public var categories: [String]
    public var districtIDs: [String]
    public var targetGroups: [String]
    public var competences: String
    public var memberBand: String
    public var description: String
    public var easyRead: String
    public var website: String
    public var email: String
    public var phone: String

    public init(name: String = "", orgNumber: String = "", legalForm: String = "", categories: [String] = [],
                districtIDs: [String] = [], targetGroups: [String] = [], competences: String = "", memberBand: String = "",
                description: String = "", easyRead: String = "", website: String = "", email: String = "", phone: String = "") {
        self.name = name
        self.orgNumber = orgNumber
        self.legalForm = legalForm
        self.categories = categories
        self.districtIDs = districtIDs
        self.targetGroups = targetGroups
        self.competences = competences
        self.memberBand = memberBand
        self.description = description
        self.easyRead = easyRead
        self.website = website
        self.email = email
        self.phone = phone
    }

    /// The checked values, ready to store.
    public struct Checked: Sendable, Equatable {
        public var name: String
        public var orgNumber: OrgNumber?
        public var legalForm: LegalForm?
        public var categories: [AssociationCategory]
        public var districtIDs: [String]
        public var targetGroups: [TargetGroup]
        public var competences: String
        public var competenceTags: [String]
        public var memberBand: MemberBand?
        public var description: String
        public var easyRead: String
        public var website: String
        public var email: String
        public var phone: String
    }

    public func check(knownDistrictIDs: Set<String>) -> Result<Checked, FieldErrors> {
        var checks = FieldChecks()
        checks.require(name, "name", max: 200)
        var number: OrgNumber?
        if !orgNumber.trimmingWhitespace().isEmpty {
            switch OrgNumber.parse(orgNumber) {
            case .success(let parsed): number = parsed
            case .failure(let problem): checks.add("orgNumber", "error.orgNumber.\(problem.rawValue)")
            }
        }
        let legal = legalForm.isEmpty ? nil : LegalForm(rawValue: legalForm)
        if !legalForm.isEmpty && legal == nil { checks.add("legalForm", "error.choose") }
        let categories = self.categories.compactMap(AssociationCategory.init(rawValue:))
        if categories.isEmpty || categories.count != self.categories.count { checks.add("categories", "error.chooseAtLeastOne") }
        if districtIDs.contains(where: { !knownDistrictIDs.contains($0) }) { checks.add("districts", "error.choose") }
        let groups = targetGroups.compactMap(TargetGroup.init(rawValue:))
        if groups.count != targetGroups.count { checks.add("targetGroups", "error.choose") }
        checks.limit(competences, "competences", max: 500)
        let band = memberBand.isEmpty ? nil : MemberBand(rawValue: memberBand)
        if !memberBand.isEmpty && band == nil { checks.add("memberBand", "error.choose") }
        checks.require(description, "description", max: 5000)
        checks.limit(easyRead, "easyRead", max: 3000)
        let site = website.trimmingWhitespace()
        checks.webAddress(website, "website")
        let mail = email.trimmingWhitespace()
        if !mail.isEmpty && EmailAddress(mail) == nil { checks.add("email", "error.email") }
        checks.limit(phone, "phone", max: 50)
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(Checked(
            name: name.trimmingWhitespace(), orgNumber: number, legalForm: legal, categories: Array(Set(categories)).sorted { $0.rawValue < $1.rawValue },
            districtIDs: Array(Set(districtIDs)).sorted(), targetGroups: Array(Set(groups)).sorted { $0.rawValue < $1.rawValue },
            competences: competences.trimmingWhitespace(), competenceTags: Self.tags(competences), memberBand: band,
            description: description.trimmingWhitespace(), easyRead: easyRead.trimmingWhitespace(), website: site,
            email: EmailAddress(mail)?.value ?? "", phone: phone.trimmingWhitespace()))
    }

    /// "NPF, läxhjälp; Föräldrastöd" → ["föräldrastöd", "läxhjälp", "npf"].
    public static func tags(_ competences: String) -> [String] {
        let parts = competences.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline })
            .map { Words.of(String($0)).joined(separator: " ") }.filter { !$0.isEmpty && $0.count <= 80 }
        return Array(Set(parts)).sorted()
    }
}
