public enum AssociationsURL: Sendable, Hashable {
    case directory
    case printList
    case new
    case mine
    case invitation
    case show(Parameter)
    case edit(Parameter)
    case representatives(Parameter)
    case invite(Parameter)
    case leave(Parameter)
    case endorse(Parameter)
    case withdraw(Parameter)
    case archive(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .directory: return []
        case .printList: return ["utskrift"]
        case .new: return ["ny"]
        case .mine: return ["mina"]
        case .invitation: return ["inbjudan"]
        case .show(let slug): return [slug.component("slug")]
        case .edit(let slug): return [slug.component("slug"), "andra"]
        case .representatives(let slug): return [slug.component("slug"), "representanter"]
        case .invite(let slug): return [slug.component("slug"), "representanter", "bjud-in"]
        case .leave(let slug): return [slug.component("slug"), "representanter", "lamna"]
        case .endorse(let slug): return [slug.component("slug"), "anslut"]
        case .withdraw(let slug): return [slug.component("slug"), "lamna-overenskommelsen"]
        case .archive(let slug): return [slug.component("slug"), "arkivera"]
        }
    }
}
