/// How the person who asked reaches an inquiry: by the private link from the receipt, or,
/// signed in, by its reference among their own.
public enum InquiryKey: Sendable, Hashable {
    case token(Parameter)
    case reference(Parameter)

    var pathComponents: [String] {
        switch self {
        case .token(let token): return ["arende", token.component("token")]
        case .reference(let reference): return ["mina-arenden", reference.component("reference")]
        }
    }
}

/// "Kontakta kommunen": asking, following one's inquiries, and the public statistics.
public enum InquiriesURL: Sendable, Hashable {
    case ask
    case mine
    case show(InquiryKey)
    case addInformation(InquiryKey)
    case reopen(InquiryKey)
    case rate(InquiryKey)
    case statistics

    public var pathComponents: [String] {
        switch self {
        case .ask: return ["fraga"]
        case .mine: return ["mina-arenden"]
        case .show(let key): return key.pathComponents
        case .addInformation(let key): return key.pathComponents + ["komplettera"]
        case .reopen(let key): return key.pathComponents + ["ateroppna"]
        case .rate(let key): return key.pathComponents + ["betyg"]
        case .statistics: return ["statistik"]
        }
    }
}

/// What a handler can do with an inquiry; each is its own form and route.
public enum InquiryAction: String, Sendable, Hashable, CaseIterable {
    case claim = "ta"
    case assign = "tilldela"
    case reply = "svara"
    case note = "anteckning"
    case transfer = "overfor"
    case close = "stang"
}
