import Domain

/// Volunteering: the assignments, publishing one, one assignment with the interest form, its
/// organiser's list of those interested and the answer to each, and the link in every mail to a
/// volunteer (see the interest, or delete it).
public enum VolunteeringURL: Sendable, Hashable {
    case list
    case new
    /// The assignments of the associations and departments this person speaks for.
    case mine
    case show(Parameter)
    case edit(Parameter)
    case close(Parameter)
    /// Showing interest, for anyone (POST).
    case interest(Parameter)
    /// The organiser's list of those interested, and one of them with the answer form.
    case interested(Parameter)
    case answer(Parameter, Parameter)
    /// The link in every mail to a volunteer.
    case yours(Parameter)
    /// Asking for mail about new assignments, and the link in those mails (confirm, or stop).
    case alerts
    case alert(Parameter)
    /// A year's figures: assignments, interest shown, welcomed; per organiser kind and district.
    case figures

    public var pathComponents: [String] {
        switch self {
        case .list: return []
        case .new: return ["nytt"]
        case .mine: return ["mina"]
        case .show(let slug): return [slug.component("slug")]
        case .edit(let slug): return [slug.component("slug"), "andra"]
        case .close(let slug): return [slug.component("slug"), "stang"]
        case .interest(let slug): return [slug.component("slug"), "intresse"]
        case .interested(let slug): return [slug.component("slug"), "intresserade"]
        case .answer(let slug, let id): return [slug.component("slug"), "intresserade", id.component("id")]
        case .yours(let token): return ["ditt-intresse", token.component("token")]
        case .alerts: return ["bevaka"]
        case .figures: return ["statistik"]
        case .alert(let token): return ["bevakning", token.component("token")]
        }
    }
}
