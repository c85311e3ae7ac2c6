import Domain

public enum AdminURL: Sendable, Hashable {
    case dashboard
    case users
    case user(Parameter)
    /// Removing a person's authenticator app, when they have lost it and their recovery codes.
    case userSecondFactor(Parameter)
    case departments
    case department(Parameter)
    case newDepartment
    case districts
    case district(Parameter)
    case newDistrict
    case auditLog
    case mailLog
    case mail(Parameter)
    case departmentEndorsement(Parameter)
    case agreementTexts
    case agreementText(Parameter)
    case importAssociations
    case registerWords
    case registerWord(Parameter)
    case inquiryTopics
    case getStarted
    case testMail

    public var pathComponents: [String] {
        switch self {
        case .dashboard: return []
        case .users: return ["anvandare"]
        case .user(let id): return ["anvandare", id.component("userID")]
        case .userSecondFactor(let id): return ["anvandare", id.component("userID"), "tvastegs"]
        case .departments: return ["forvaltningar"]
        case .department(let id): return ["forvaltningar", id.component("departmentID")]
        case .newDepartment: return ["forvaltningar", "ny"]
        case .districts: return ["stadsdelar"]
        case .district(let id): return ["stadsdelar", id.component("districtID")]
        case .newDistrict: return ["stadsdelar", "ny"]
        case .auditLog: return ["logg"]
        case .mailLog: return ["e-post"]
        case .mail(let id): return ["e-post", id.component("mailID")]
        case .departmentEndorsement(let id): return ["forvaltningar", id.component("departmentID"), "anslutning"]
        case .agreementTexts: return ["overenskommelsen"]
        case .agreementText(let slug): return ["overenskommelsen", slug.component("slug")]
        case .importAssociations: return ["import"]
        case .registerWords: return ["import", "ord"]
        case .registerWord(let kind): return ["import", "ord", kind.component("kind")]
        case .inquiryTopics: return ["amnen"]
        case .getStarted: return ["kom-igang"]
        case .testMail: return ["kom-igang", "testmejl"]
        }
    }
}

extension RegisterWordKind {
    /// The kind as the address of its word form names it.
    public var pathSegment: String {
        switch self {
        case .category: return "kategori"
        case .district: return "stadsdel"
        case .targetGroup: return "malgrupp"
        }
    }

    public init?(pathSegment: String) {
        guard let kind = Self.allCases.first(where: { $0.pathSegment == pathSegment }) else { return nil }
        self = kind
    }
}
