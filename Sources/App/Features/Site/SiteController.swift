import Vapor
import Fluent
import Views
import Domain

/// The start page, the statements every public service must have, and the language switch.
struct SiteController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.home, .everyone, use: home)
        routes.get(.accessibility, .everyone, use: accessibility)
        routes.get(.privacy, .everyone, use: privacy)
        routes.get(.language(.sv), .everyone, use: switchLanguage(.sv))
        routes.get(.language(.en), .everyone, use: switchLanguage(.en))
        routes.get(.stylesheet, .everyone) { req in req.application.stylesheet.response(for: req) }
        routes.get(.health, .everyone, use: health)
    }

    @Sendable func home(_ req: Request) async throws -> Response {
        let coming = try await EventStore.coming(EventStore.Filter(), now: req.now, on: req.db).filter(\.$cancelledAt == nil).limit(4).all()
        EventStore.keepUntilChanged(req, coming)
        let page = HomePage(departmentCount: try await Department.query(on: req.db).count(),
                            districtCount: try await District.query(on: req.db).count(),
                            events: try await EventStore.summaries(coming, today: CalendarDay(req.now), on: req.db))
        return req.html(page.render(try await req.page()))
    }

    @Sendable func accessibility(_ req: Request) async throws -> Response {
        let config = req.application.municipality
        let page = AccessibilityPage(assessedOn: config.accessibilityAssessedOn, contactEmail: config.contact.email,
                                     contactPhone: config.contact.phone)
        return req.html(page.render(try await req.page()))
    }

    @Sendable func privacy(_ req: Request) async throws -> Response {
        req.html(PrivacyPage(controllerEmail: req.application.municipality.contact.privacyEmail).render(try await req.page()))
    }

    func switchLanguage(_ language: Language) -> @Sendable (Request) async throws -> Response {
        { req in
            let back = req.safeReturnPath(try? req.query.get(String.self, at: "return")) ?? SiteURL.home.path
            let response = req.seeOther(back)
            response.cookies[Request.languageCookie] = HTTPCookies.Value(
                string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                isSecure: req.application.settings.isHTTPS, isHTTPOnly: true, sameSite: .lax)
            return response
        }
    }

    struct HealthReport: Content {
        var status: String
        var database: String
    }

    @Sendable func health(_ req: Request) async throws -> Response {
        let kind = DatabaseSetup.kind(req.application)
        let response = Response()
        do {
            _ = try await AppMeta.query(on: req.db).count()
            try response.content.encode(HealthReport(status: "ok", database: kind))
        } catch {
            req.logger.error("health check: database does not answer: \(String(describing: error))")
            response.status = .serviceUnavailable
            try response.content.encode(HealthReport(status: "unavailable", database: kind))
        }
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
