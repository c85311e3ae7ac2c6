/// The words registers use for categories, target groups, legal forms and sizes, in Swedish
/// and English, mapped to the registry's values.
enum ImportVocabulary {
    static func key(_ text: String) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }

    static let categories: [String: AssociationCategory] = [
        "idrott": .sport, "sport": .sport, "idrottsförening": .sport, "friluftsliv": .sport,
        "kultur": .culture, "culture": .culture, "musik": .culture, "teater": .culture, "konst": .culture,
        "social": .social, "socialt": .social, "sociala": .social, "stöd": .social,
        "integration": .integration, "invandrarförening": .integration, "mångkultur": .integration,
        "funktionsnedsättning": .disability, "funktionshinder": .disability, "npf": .disability, "disability": .disability,
        "handikapp": .disability, "ungdom": .youth, "unga": .youth, "barnochunga": .youth, "youth": .youth,
        "pensionärer": .seniors, "seniorer": .seniors, "äldre": .seniors, "seniors": .seniors, "pensionärsförening": .seniors,
        "miljö": .environment, "natur": .environment, "environment": .environment, "klimat": .environment,
        "tro": .faith, "religion": .faith, "trossamfund": .faith, "församling": .faith, "faith": .faith,
        "hyresgäster": .tenants, "hyresgästförening": .tenants, "boende": .tenants, "tenants": .tenants,
        "utbildning": .education, "studieförbund": .education, "folkbildning": .education, "education": .education,
        "övrigt": .other, "annat": .other, "other": .other,
    ]

    static let targetGroups: [String: TargetGroup] = [
        "barn": .children, "children": .children, "ungdomar": .youth, "unga": .youth, "youth": .youth,
        "vuxna": .adults, "adults": .adults, "äldre": .seniors, "seniorer": .seniors, "seniors": .seniors,
        "familjer": .families, "families": .families, "nyanlända": .newcomers, "newcomers": .newcomers,
        "personermedfunktionsnedsättning": .disabilities, "funktionsnedsättning": .disabilities, "disabilities": .disabilities,
        "kvinnor": .women, "women": .women, "alla": .everyone, "everyone": .everyone, "all": .everyone,
    ]

    static func category(_ text: String) -> AssociationCategory? {
        AssociationCategory(rawValue: text) ?? categories[key(text)]
    }

    static func targetGroup(_ text: String) -> TargetGroup? {
        TargetGroup(rawValue: text) ?? targetGroups[key(text)]
    }

    static func legalForm(_ text: String) -> LegalForm? {
        switch key(text) {
        case "ideellförening", "ideell", "nonprofit", "nonprofitassociation": return .nonProfitAssociation
        case "stiftelse", "foundation": return .foundation
        case "ekonomiskförening", "economicassociation", "kooperativ": return .economicAssociation
        case "trossamfund", "registreratrossamfund", "faithcommunity": return .faithCommunity
        case "nätverk", "grupp", "informalgroup", "nätverkellergrupp": return .informalGroup
        case "annan", "other", "övrigt": return .other
        default: return LegalForm(rawValue: text)
        }
    }

    /// A band from a band label or from a plain number of members.
    static func memberBand(_ text: String) -> MemberBand? {
        if let band = MemberBand(rawValue: text.replacingOccurrences(of: " ", with: "")) { return band }
        guard let count = Int(text.filter(\.isNumber)), text.allSatisfy({ $0.isNumber || $0 == " " }) else { return nil }
        switch count {
        case ...25: return .upTo25
        case ...100: return .upTo100
        case ...500: return .upTo500
        default: return .over500
        }
    }

    /// "www.example.se" becomes "https://www.example.se"; anything that is not a web address is dropped.
    static func website(_ text: String) -> String {
        guard !text.isEmpty, !text.contains(" "), text.contains(".") else { return "" }
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return text }
        return "https://" + text
    }
}
