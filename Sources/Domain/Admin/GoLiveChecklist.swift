import Foundation

/// What is left before a new installation goes live, worked out from facts the app gathers.
/// The get-started page shows one line per item, ticked when done.
public struct GoLiveChecklist: Sendable, Hashable {
    public enum Item: String, Sendable, Hashable, CaseIterable {
        case agreementTexts, entryPoints, inquiryTopics, staff, register, mailConfigured, mailTested, https, backups
    }

    public enum State: String, Sendable, Hashable {
        case done, todo
        /// Cannot be seen from inside Samverka (a pg_dump run by cron): the admin checks it.
        case manual
    }

    /// The latest test mail, as the outbox knows it.
    public enum TestMail: String, Sendable, Hashable {
        case none, waiting, delivered, failed
    }

    public var agreementTexts: Int
    public var publishedAgreementTexts: Int
    /// Names of departments whose e-mail, phone, address or opening hours are empty.
    public var departmentsWithoutEntryPoint: [String]
    public var unmappedTopics: [InquiryTopic]
    /// Names of departments with no staff account (staff or admin placed there).
    public var departmentsWithoutStaff: [String]
    /// At least one association is in the register (imported or registered).
    public var hasAssociations: Bool
    public var mailConfigured: Bool
    public var testMail: TestMail
    public var baseURL: String
    public var usesPostgres: Bool
    /// When `samverka backup` last wrote a copy (SQLite only).
    public var lastBackup: Date?
    public var now: Date

    /// A backup counts as running when the last one is at most this old: a nightly cron job.
    public static let backupFreshness: TimeInterval = 2 * 24 * 3600

    public init(agreementTexts: Int, publishedAgreementTexts: Int, departmentsWithoutEntryPoint: [String],
                unmappedTopics: [InquiryTopic], departmentsWithoutStaff: [String], hasAssociations: Bool,
                mailConfigured: Bool, testMail: TestMail, baseURL: String, usesPostgres: Bool, lastBackup: Date?, now: Date) {
        self.agreementTexts = agreementTexts
        self.publishedAgreementTexts = publishedAgreementTexts
        self.departmentsWithoutEntryPoint = departmentsWithoutEntryPoint
        self.unmappedTopics = unmappedTopics
        self.departmentsWithoutStaff = departmentsWithoutStaff
        self.hasAssociations = hasAssociations
        self.mailConfigured = mailConfigured
        self.testMail = testMail
        self.baseURL = baseURL
        self.usesPostgres = usesPostgres
        self.lastBackup = lastBackup
        self.now = now
    }

    /// The topics a person can choose when asking; "I don't know" always goes to the coordinator.
    public static let routedTopics = InquiryTopic.allCases.filter(\.isRouted)

    public func state(_ item: Item) -> State {
        switch item {
        case .agreementTexts: return done(agreementTexts > 0 && publishedAgreementTexts == agreementTexts)
        case .entryPoints: return done(departmentsWithoutEntryPoint.isEmpty)
        case .inquiryTopics: return done(unmappedTopics.isEmpty)
        case .staff: return done(departmentsWithoutStaff.isEmpty)
        case .register: return done(hasAssociations)
        case .mailConfigured: return done(mailConfigured)
        case .mailTested: return done(mailConfigured && testMail == .delivered)
        case .https: return done(baseURL.lowercased().hasPrefix("https://"))
        case .backups:
            if usesPostgres { return .manual }
            return done(lastBackup.map { now.timeIntervalSince($0) <= Self.backupFreshness } ?? false)
        }
    }

    /// How many items are still to do (those that cannot be checked here do not count).
    public var remaining: Int { Item.allCases.filter { state($0) == .todo }.count }

    private func done(_ condition: Bool) -> State { condition ? .done : .todo }
}
