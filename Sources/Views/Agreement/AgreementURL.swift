public enum AgreementURL: Sendable, Hashable {
    case index
    case ledger
    case text(Parameter)
    case easyRead(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .index: return []
        case .ledger: return ["anslutna"]
        case .text(let slug): return [slug.component("slug")]
        case .easyRead(let slug): return [slug.component("slug"), "lattlast"]
        }
    }
}
