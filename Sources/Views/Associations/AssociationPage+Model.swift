import Domain
import Foundation

/// Everything the association page shows, and which actions the viewer may take.
public struct AssociationPage: Sendable {
    public struct HistoryItem: Sendable, Hashable {
        public var kind: EndorsementEvent.Kind
        public var on: Date
        public var signatoryRole: String

        public init(kind: EndorsementEvent.Kind, on: Date, signatoryRole: String) {
            self.kind = kind
            self.on = on
            self.signatoryRole = signatoryRole
        }
    }

    public struct Actions: Sendable, Hashable {
        public var edit = false
        public var represent = false
        public var archive = false

        public init(edit: Bool = false, represent: Bool = false, archive: Bool = false) {
            self.edit = edit
            self.represent = represent
            self.archive = archive
        }
    }

    public var slug: String
    public var name: String
    public var status: AssociationStatus
    public var statusMessage: String
    public var orgNumber: String?
    public var legalForm: LegalForm?
    public var memberBand: MemberBand?
    public var categories: [AssociationCategory]
    public var districts: [String]
    public var targetGroups: [TargetGroup]
    public var competences: String
    public var description: String
    public var easyReadDescription: String
    public var website: String
    public var email: String
    public var phone: String
    public var joinedSince: Date?
    /// Shown to those who may change the association: a new name waiting for staff, or their no.
    public var nameChange: NameChangeNotice?
    public var history: [HistoryItem]
    public var actions: Actions
    /// The projects it takes part in (confirmed), newest change first, and the link to all of them.
    public var projects: [ProjectSummary] = []
    public var projectsLink: String?

    public init(slug: String, name: String, status: AssociationStatus, statusMessage: String, orgNumber: String?,
                legalForm: LegalForm?, memberBand: MemberBand?, categories: [AssociationCategory], districts: [String],
                targetGroups: [TargetGroup], competences: String, description: String, easyReadDescription: String,
                website: String, email: String, phone: String, joinedSince: Date?, nameChange: NameChangeNotice? = nil,
                history: [HistoryItem], actions: Actions) {
        self.slug = slug
        self.name = name
        self.status = status
        self.statusMessage = statusMessage
        self.orgNumber = orgNumber
        self.legalForm = legalForm
        self.memberBand = memberBand
        self.categories = categories
        self.districts = districts
        self.targetGroups = targetGroups
        self.competences = competences
        self.description = description
        self.easyReadDescription = easyReadDescription
        self.website = website
        self.email = email
        self.phone = phone
        self.joinedSince = joinedSince
        self.nameChange = nameChange
        self.history = history
        self.actions = actions
    }

    public static let mock = AssociationPage(
        slug: "vivalla-fotbollsklubb", name: "Vivalla fotbollsklubb (exempel)", status: .verified, statusMessage: "",
        orgNumber: "802002-4280", legalForm: .nonProfitAssociation, memberBand: .upTo100, categories: [.sport, .youth],
        districts: ["Vivalla"], targetGroups: [.children, .youth], competences: "Ledarskap, integration genom idrott",
        description: "Vi spelar fotboll.\n\nAlla är välkomna.", easyReadDescription: "Vi spelar fotboll. Alla får vara med.",
        website: "https://example.org", email: "info@example.org", phone: "08-465 004 50",
        joinedSince: Date(timeIntervalSince1970: 1_700_000_000), nameChange: .mock,
        history: [HistoryItem(kind: .joined, on: Date(timeIntervalSince1970: 1_700_000_000), signatoryRole: "Ordförande")],
        actions: Actions(edit: true, represent: true, archive: true))

    /// schema.org Organization, for search engines and other registers.
    var structuredData: [String: Any] {
        var data: [String: Any] = ["@context": "https://schema.org", "@type": "Organization", "name": name]
        if !description.isEmpty { data["description"] = description.teaser(300) }
        if !website.isEmpty { data["url"] = website }
        if !email.isEmpty { data["email"] = email }
        if !phone.isEmpty { data["telephone"] = phone }
        if let orgNumber { data["identifier"] = ["@type": "PropertyValue", "propertyID": "organisationsnummer", "value": orgNumber] }
        if !districts.isEmpty { data["areaServed"] = districts.map { ["@type": "Place", "name": $0] } }
        return data
    }
}
