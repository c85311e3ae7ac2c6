/// The words registers use for categories, target groups, legal forms and sizes, in Swedish
/// and English, mapped to the registry's values: the built-in start that every municipality
/// gets, before its admin maps its own registers' words (`RegisterWords`).
enum ImportVocabulary {
    static let categories: [String: AssociationCategory] = [
        "idrott": .sport, "sport": .sport, "idrottsförening": .sport, "idrottsklubb": .sport, "idrottsorganisation": .sport,
        "sportklubb": .sport, "friluftsliv": .sport, "friluftsförening": .sport, "motion": .sport,
        "kultur": .culture, "culture": .culture, "musik": .culture, "teater": .culture, "konst": .culture, "dans": .culture,
        "kör": .culture, "kulturförening": .culture, "kulturorganisation": .culture, "hembygd": .culture, "hembygdsförening": .culture,
        "social": .social, "socialt": .social, "sociala": .social, "stöd": .social, "humanitär": .social,
        "humanitärorganisation": .social, "nykterhet": .social, "nykterhetsförening": .social, "brottsofferjour": .social,
        "integration": .integration, "invandrarförening": .integration, "invandrarorganisation": .integration,
        "mångkultur": .integration, "integrationsförening": .integration,
        "funktionsnedsättning": .disability, "funktionshinder": .disability, "npf": .disability, "disability": .disability,
        "handikapp": .disability, "funktionsrätt": .disability, "funktionsrättsförening": .disability,
        "funktionsrättsorganisation": .disability, "funktionshinderorganisation": .disability,
        "funktionshindersorganisation": .disability, "handikappförening": .disability, "handikapporganisation": .disability,
        "funktionsvariation": .disability,
        "ungdom": .youth, "unga": .youth, "barnochunga": .youth, "barnochungdom": .youth, "youth": .youth,
        "ungdomsförening": .youth, "ungdomsorganisation": .youth, "barnochungdomsorganisation": .youth,
        "scout": .youth, "scouter": .youth, "scoutkår": .youth,
        "pensionärer": .seniors, "seniorer": .seniors, "äldre": .seniors, "seniors": .seniors, "pensionärsförening": .seniors,
        "pensionärsorganisation": .seniors, "pensionärsföreningar": .seniors, "seniorförening": .seniors,
        "seniororganisation": .seniors,
        "miljö": .environment, "natur": .environment, "environment": .environment, "klimat": .environment,
        "miljöorganisation": .environment, "miljöförening": .environment, "naturskydd": .environment,
        "naturskyddsförening": .environment,
        "tro": .faith, "religion": .faith, "trossamfund": .faith, "församling": .faith, "faith": .faith, "samfund": .faith,
        "kyrka": .faith, "religiösorganisation": .faith, "religiösförening": .faith, "livsåskådning": .faith,
        "hyresgäster": .tenants, "hyresgästförening": .tenants, "hyresgästorganisation": .tenants, "boende": .tenants,
        "boendeförening": .tenants, "tenants": .tenants,
        "utbildning": .education, "studieförbund": .education, "folkbildning": .education, "bildning": .education,
        "education": .education,
        "övrigt": .other, "annat": .other, "other": .other,
    ]

    static let targetGroups: [String: TargetGroup] = [
        "barn": .children, "children": .children, "ungdomar": .youth, "unga": .youth, "ungdom": .youth, "tonåringar": .youth,
        "youth": .youth, "vuxna": .adults, "adults": .adults,
        "äldre": .seniors, "seniorer": .seniors, "pensionärer": .seniors, "seniors": .seniors,
        "familjer": .families, "barnfamiljer": .families, "föräldrar": .families, "families": .families,
        "nyanlända": .newcomers, "invandrare": .newcomers, "asylsökande": .newcomers, "utrikesfödda": .newcomers,
        "newcomers": .newcomers,
        "personermedfunktionsnedsättning": .disabilities, "funktionsnedsättning": .disabilities, "funktionsrätt": .disabilities,
        "personermedfunktionsvariation": .disabilities, "funktionsvariation": .disabilities, "disabilities": .disabilities,
        "kvinnor": .women, "women": .women, "alla": .everyone, "allmänheten": .everyone, "allaåldrar": .everyone,
        "everyone": .everyone, "all": .everyone,
    ]

    static func legalForm(_ text: String) -> LegalForm? {
        switch RegisterWords.key(text) {
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
