import Vapor
import Fluent
import FluentSQLiteDriver
import FluentPostgresDriver
import Domain

/// Sets up everything a Samverka process needs. The executable and the tests both call it.
public func configure(_ app: Application, settings: Settings) async throws {
    app.settings = settings
    app.municipality = try MunicipalityConfig.load(file: settings.municipalityFile)
    app.stylesheet = try Stylesheet.load()
    ServiceMetrics.bootstrap()
    app.pageCache = .pages()
    app.contentVersions = ContentVersions()
    // Both are made in milliseconds (the statistics from kept counts), so after a change everyone
    // waits for the one new value rather than being shown the previous one: a person who has just
    // asked sees the question counted. Heavier reports may allow staleness (`maxStaleness`).
    app.inquiryStats = InquiryStatsCache(name: "inquiry_statistics", scopes: .areas(.inquiries, .municipality), maxStaleness: 0)
    app.followUp = .make()
    app.volunteeringFigures = .make()
    // An item names its partners (associations, departments) and districts, as well as the project.
    app.projectItems = KeptItems(name: "project_items", scopes: .areas(.projects, .associations, .municipality))
    app.projectTotals = KeptItems(name: "project_totals", scopes: .areas(.projects, .associations, .municipality), capacity: 1_000)
    app.directoryCounts = KeptItems(name: "directory_counts", scopes: .areas(.associations, .municipality), capacity: 1_000)
    app.searchWords = KeptItems(name: "search_words", scopes: .areas(.associations, .municipality), capacity: 5_000)
    app.guideCatalogue = GuideCatalogueCache(name: "guide_catalogue", scopes: .areas(.support, .municipality), maxStaleness: 0)
    app.formTokenKey = FormTokenKey()
    app.passwordRules = PasswordRules(commonPasswords: try CommonPasswords.load())
    app.passwordThreads = PasswordThreads()
    app.lifecycle.use(app.passwordThreads)
    app.secretBox = try SecretBox.load(settings)
    if let smtp = settings.smtp {
        app.mailTransport = SMTPTransport(settings: smtp, group: app.eventLoopGroup)
    }

    try await DatabaseSetup.configure(app, settings: settings)
    app.migrations.add(Migrations.all)

    app.http.server.configuration.hostname = "127.0.0.1"
    app.http.server.configuration.port = 8080
    app.http.server.configuration.serverName = nil
    // Forms are small; one limit for every route. A larger body gets a clear 413 page.
    app.routes.defaultMaxBodySize = "1mb"

    app.middleware = Middlewares()
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware(isHTTPS: settings.isHTTPS))
    app.middleware.use(SiteErrorMiddleware())
    app.middleware.use(BodyLimitMiddleware())
    app.middleware.use(ProxyCacheMiddleware())
    app.middleware.use(SessionMiddleware())
    app.middleware.use(PageCacheMiddleware())
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(FormSubmissionMiddleware())

    try routes(app)
    registerCommands(app)
}

/// Runs migrations and fills a new database with the municipality (and the demo, when installed).
public func prepareDatabase(_ app: Application) async throws {
    try await app.autoMigrate()
    try await MunicipalitySeeder.seedIfNeeded(app)
    try await app.demo?.seed(app)
}

/// Background mail delivery and housekeeping, for `serve`.
public func startBackgroundWork(_ app: Application) {
    app.lifecycle.use(BackgroundWork())
}
