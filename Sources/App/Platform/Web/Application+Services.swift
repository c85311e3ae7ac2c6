import Vapor
import Domain

/// The app-wide services, set once by `configure` and read by every request.
extension Application {
    private struct Key<Value: Sendable>: StorageKey {
        typealias Value = Value
    }

    private func service<Value: Sendable>(_ type: Value.Type, _ name: String = #function) -> Value {
        guard let value = storage[Key<Value>.self] else {
            fatalError("\(name) is read before configure(_:) set it")
        }
        return value
    }

    package var settings: Settings {
        get { service(Settings.self) }
        set { storage[Key<Settings>.self] = newValue }
    }

    /// What links in pages and mails begin with: SAMVERKA_BASE_URL, or else the address `serve`
    /// listens on (Vapor writes the bound address back once the server has started), so
    /// `serve --port 8090` without the setting still mails links that work.
    var baseAddress: String {
        if settings.baseURLIsSet { return settings.baseURL.absoluteString }
        let configuration = http.server.configuration
        let host = configuration.hostname.contains(":") ? "[\(configuration.hostname)]" : configuration.hostname
        return "http://\(host):\(configuration.port)"
    }

    var municipality: MunicipalityConfig {
        get { service(MunicipalityConfig.self) }
        set { storage[Key<MunicipalityConfig>.self] = newValue }
    }

    package var wallClock: any WallClock {
        get { storage[Key<ClockBox>.self]?.clock ?? SystemClock() }
        set { storage[Key<ClockBox>.self] = ClockBox(clock: newValue) }
    }

    var mailTransport: (any MailTransport)? {
        get { storage[Key<TransportBox>.self]?.transport }
        set { storage[Key<TransportBox>.self] = TransportBox(transport: newValue) }
    }

    var passwordRules: PasswordRules {
        get { service(PasswordRules.self) }
        set { storage[Key<PasswordRules>.self] = newValue }
    }

    var pageCache: PageCache {
        get { service(PageCache.self) }
        set { storage[Key<PageCache>.self] = newValue }
    }

    var contentVersions: ContentVersions {
        get { service(ContentVersions.self) }
        set { storage[Key<ContentVersions>.self] = newValue }
    }

    var inquiryStats: InquiryStatsCache {
        get { service(InquiryStatsCache.self) }
        set { storage[Key<InquiryStatsCache>.self] = newValue }
    }

    var followUp: FollowUpCache {
        get { service(FollowUpCache.self) }
        set { storage[Key<FollowUpCache>.self] = newValue }
    }

    var volunteeringFigures: VolunteeringFiguresCache {
        get { service(VolunteeringFiguresCache.self) }
        set { storage[Key<VolunteeringFiguresCache>.self] = newValue }
    }

    /// The projects API's items, kept between answers (`KeptItems`).
    var projectItems: KeptItems<UUID, ProjectsAPIController.WrittenItem> {
        get { service(KeptItems<UUID, ProjectsAPIController.WrittenItem>.self) }
        set { storage[Key<KeptItems<UUID, ProjectsAPIController.WrittenItem>>.self] = newValue }
    }

    /// The projects API's totals for filters without words, kept like its items.
    var projectTotals: KeptItems<String, Int> {
        get { service(ProjectTotals.self).kept }
        set { storage[Key<ProjectTotals>.self] = ProjectTotals(kept: newValue) }
    }

    /// The directory's counts of matches (`DirectoryQuery.page`), kept like the projects API's items.
    var directoryCounts: KeptItems<String, Int> {
        get { service(DirectoryCounts.self).kept }
        set { storage[Key<DirectoryCounts>.self] = DirectoryCounts(kept: newValue) }
    }

    /// bcrypt's own threads (`PasswordHasher`), shut down with the application.
    var passwordThreads: PasswordThreads {
        get { service(PasswordThreads.self) }
        set { storage[Key<PasswordThreads>.self] = newValue }
    }

    /// SQLite: the words of the search index that begin with a search's word (`SearchVocabulary`).
    var searchWords: KeptItems<String, [String]> {
        get { service(SearchWords.self).kept }
        set { storage[Key<SearchWords>.self] = SearchWords(kept: newValue) }
    }

    var guideCatalogue: GuideCatalogueCache {
        get { service(GuideCatalogueCache.self) }
        set { storage[Key<GuideCatalogueCache>.self] = newValue }
    }

    var formTokenKey: FormTokenKey {
        get { service(FormTokenKey.self) }
        set { storage[Key<FormTokenKey>.self] = newValue }
    }

    package var secretBox: SecretBox {
        get { service(SecretBox.self) }
        set { storage[Key<SecretBox>.self] = newValue }
    }

    var stylesheet: Stylesheet {
        get { service(Stylesheet.self) }
        set { storage[Key<Stylesheet>.self] = newValue }
    }
}

private struct ClockBox: Sendable { let clock: any WallClock }
private struct TransportBox: Sendable { let transport: (any MailTransport)? }
/// Two kept counts of one type, told apart in the application's storage.
private struct ProjectTotals: Sendable { let kept: KeptItems<String, Int> }
private struct DirectoryCounts: Sendable { let kept: KeptItems<String, Int> }
private struct SearchWords: Sendable { let kept: KeptItems<String, [String]> }

extension Request {
    package var now: Date { application.wallClock.now }
}
