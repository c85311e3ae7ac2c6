@testable import App
import Testing
import Vapor
import Fluent

/// Every route × every kind of user, generated from the route table: a route without an access
/// rule, or without a line in `expected`, fails here.
@Suite("Authorisation matrix: routes × roles")
struct AccessMatrixTests {
    enum Role: String, CaseIterable, Sendable {
        case anonymous, member, council, politician, entryPointStaff, networkStaff, admin

        var email: String? {
            switch self {
            case .anonymous: return nil
            case .member: return "forening@demo.samverka.example"
            case .council: return "radsledamot@demo.samverka.example"
            case .politician: return "politiker@demo.samverka.example"
            case .entryPointStaff: return "handlaggare.kultur@demo.samverka.example"
            case .networkStaff: return "kontaktperson.social@demo.samverka.example"
            case .admin: return "admin@demo.samverka.example"
            }
        }
    }

    static let everyone = Set(Role.allCases)
    static let signedIn = everyone.subtracting([.anonymous])
    static let admins: Set<Role> = [.admin]
    static let staff: Set<Role> = [.entryPointStaff, .networkStaff, .admin]
    /// Inquiry handlers: entry-point staff, admins, and council members (the council's matters).
    static let handlers: Set<Role> = [.entryPointStaff, .council, .admin]

    /// Who may use each route, written out by hand (not derived from the code under test).
    static let expected: [String: Set<Role>] = [
        "GET /": everyone, "GET /tillganglighet": everyone, "GET /personuppgifter": everyone, "GET /kontakt": everyone,
        "GET /lang/sv": everyone, "GET /lang/en": everyone, "GET /styles.css": everyone, "GET /health": everyone,
        "GET /api/openapi.json": everyone, "GET /api/v1/departments": everyone, "GET /api/v1/districts": everyone,
        "GET /api/v1/sdgs": everyone,
        "GET /konto/skapa": everyone, "POST /konto/skapa": everyone, "GET /konto/skapa/klart": everyone,
        "GET /konto/bekrafta": everyone, "POST /konto/bekrafta": everyone,
        "GET /konto/logga-in": everyone, "POST /konto/logga-in": everyone, "POST /konto/logga-ut": everyone,
        "GET /konto/glomt-losenord": everyone, "POST /konto/glomt-losenord": everyone,
        "GET /konto/nytt-losenord": everyone, "POST /konto/nytt-losenord": everyone,
        "GET /konto": signedIn, "GET /konto/mina-uppgifter.json": signedIn,
        "GET /konto/radera": signedIn, "POST /konto/radera": signedIn,
        "GET /konto/losenord": signedIn, "POST /konto/losenord": signedIn, "POST /konto/logga-ut-overallt": signedIn,
        "GET /konto/logga-in/kod": everyone, "POST /konto/logga-in/kod": everyone,
        "GET /konto/logga-in/tvastegs": everyone, "POST /konto/logga-in/tvastegs": everyone,
        "GET /konto/tvastegs": staff, "POST /konto/tvastegs": staff, "POST /konto/tvastegs/nya-koder": staff,
        // admins must keep their second factor
        "POST /konto/tvastegs/stang-av": [.entryPointStaff, .networkStaff],
        "POST /admin/anvandare/:userID/tvastegs": admins,
        "GET /admin": admins, "GET /admin/anvandare": admins, "GET /admin/anvandare/:userID": admins,
        "POST /admin/anvandare/:userID": admins,
        "GET /admin/forvaltningar": admins, "GET /admin/forvaltningar/ny": admins, "POST /admin/forvaltningar/ny": admins,
        "GET /admin/forvaltningar/:departmentID": admins, "POST /admin/forvaltningar/:departmentID": admins,
        "GET /admin/stadsdelar": admins, "GET /admin/stadsdelar/ny": admins, "POST /admin/stadsdelar/ny": admins,
        "GET /admin/stadsdelar/:districtID": admins, "POST /admin/stadsdelar/:districtID": admins,
        "GET /admin/logg": admins, "GET /admin/e-post": admins, "GET /admin/e-post/:mailID": admins,
        "GET /admin/kom-igang": admins, "POST /admin/kom-igang/testmejl": admins,
        // the agreement and the ledger
        "GET /overenskommelsen": everyone, "GET /overenskommelsen/anslutna": everyone,
        "GET /overenskommelsen/:slug": everyone, "GET /overenskommelsen/:slug/lattlast": everyone,
        "GET /admin/overenskommelsen": admins, "GET /admin/overenskommelsen/:slug": admins, "POST /admin/overenskommelsen/:slug": admins,
        "POST /admin/forvaltningar/:departmentID/anslutning": admins,
        // the association registry
        "GET /foreningar": everyone, "GET /foreningar/utskrift": everyone, "GET /foreningar/:slug": everyone,
        "GET /foreningar/ny": signedIn, "POST /foreningar/ny": signedIn, "GET /foreningar/mina": signedIn,
        "GET /foreningar/:slug/andra": signedIn, "POST /foreningar/:slug/andra": signedIn, "POST /foreningar/:slug/arkivera": signedIn,
        "GET /foreningar/:slug/representanter": signedIn, "POST /foreningar/:slug/representanter/bjud-in": signedIn,
        "POST /foreningar/:slug/representanter/lamna": signedIn,
        "GET /foreningar/inbjudan": everyone, "POST /foreningar/inbjudan": signedIn,
        "GET /foreningar/:slug/anslut": signedIn, "POST /foreningar/:slug/anslut": signedIn,
        "POST /foreningar/:slug/lamna-overenskommelsen": signedIn,
        "GET /handlaggning/foreningar": staff, "GET /handlaggning/foreningar/:slug": staff, "POST /handlaggning/foreningar/:slug/beslut": staff,
        "POST /handlaggning/foreningar/:slug/namnbyte": staff,
        "GET /admin/import": admins, "POST /admin/import": admins,
        "GET /admin/import/ord": admins, "GET /admin/import/ord/:kind": admins, "POST /admin/import/ord/:kind": admins,
        // API and open data
        "GET /api/v1/associations": everyone, "GET /api/v1/associations/:id": everyone, "GET /api/v1/eligibility/:orgNumber": everyone,
        // inquiries: asking, following by private link or signed in, the inbox, statistics, routing
        "GET /kontakt/fraga": everyone, "POST /kontakt/fraga": everyone, "GET /kontakt/statistik": everyone,
        "GET /api/v1/inquiry-stats": everyone, "GET /kontakt/mina-arenden": signedIn,
        "GET /kontakt/arende/:token": everyone, "POST /kontakt/arende/:token/komplettera": everyone,
        "POST /kontakt/arende/:token/ateroppna": everyone, "POST /kontakt/arende/:token/betyg": everyone,
        "GET /kontakt/mina-arenden/:reference": signedIn, "POST /kontakt/mina-arenden/:reference/komplettera": signedIn,
        "POST /kontakt/mina-arenden/:reference/ateroppna": signedIn, "POST /kontakt/mina-arenden/:reference/betyg": signedIn,
        // registering a question on someone's behalf: entry-point staff and admins (its receipt is not rate-limited)
        "GET /handlaggning/arenden": handlers, "GET /handlaggning/arenden/ny": [.entryPointStaff, .admin],
        "POST /handlaggning/arenden/ny": [.entryPointStaff, .admin],
        "GET /handlaggning/arenden/:reference": handlers, "POST /handlaggning/arenden/:reference/ta": handlers,
        "POST /handlaggning/arenden/:reference/tilldela": handlers, "POST /handlaggning/arenden/:reference/svara": handlers,
        "POST /handlaggning/arenden/:reference/anteckning": handlers, "POST /handlaggning/arenden/:reference/overfor": handlers,
        "POST /handlaggning/arenden/:reference/stang": handlers,
        "GET /admin/amnen": admins, "POST /admin/amnen": admins,
        // support catalogue and the guide
        "GET /stod": everyone, "GET /stod/:slug": everyone, "GET /vagledning": everyone,
        "GET /api/v1/support": everyone, "GET /api/v1/guide": everyone,
        "GET /handlaggning/stod": staff, "GET /handlaggning/stod/ny": staff, "POST /handlaggning/stod/ny": staff,
        "GET /handlaggning/stod/:slug": staff, "POST /handlaggning/stod/:slug": staff,
        // consultations
        "GET /samrad": everyone, "GET /samrad/:slug": everyone, "GET /consultations.atom": everyone,
        "GET /api/v1/consultations": everyone, "GET /api/v1/consultations/:id": everyone,
        "GET /handlaggning/samrad/ny": staff, "POST /handlaggning/samrad/ny": staff,
        "GET /handlaggning/samrad/:slug": staff, "POST /handlaggning/samrad/:slug": staff,
        "POST /handlaggning/samrad/:slug/sammanstallning": staff,
        "GET /handlaggning/samrad/:slug/inbjudningar": staff, "POST /handlaggning/samrad/:slug/inbjudningar": staff,
        "GET /samrad/:slug/svar": signedIn, "POST /samrad/:slug/svar": signedIn,
        "GET /samrad/bevakning": signedIn, "POST /samrad/bevakning": signedIn,
        "GET /samrad/bevakning/avsluta/:token": everyone, "POST /samrad/bevakning/avsluta/:token": everyone,
        // projects: anyone reads; starting and acting is for the signed-in, and the rules decide on each project
        // (starting one needs a department or a verified association: the council member has neither)
        "GET /projekt": everyone, "GET /projekt/utskrift": everyone, "GET /projekt/:slug": everyone, "GET /projekt.atom": everyone,
        "GET /api/v1/projects": everyone, "GET /api/v1/projects/:id": everyone, "GET /api/v1/events": everyone, "GET /api/v1/events/:id": everyone,
        "GET /api/v1/volunteering": everyone, "GET /api/v1/volunteering/:id": everyone,
        "GET /projekt/ny": signedIn, "POST /projekt/ny": [.member, .entryPointStaff, .networkStaff, .admin],
        "GET /projekt/:slug/andra": signedIn, "POST /projekt/:slug/andra": signedIn,
        "POST /projekt/:slug/status": signedIn, "POST /projekt/:slug/uppdatera": signedIn, "POST /projekt/:slug/partner": signedIn,
        "POST /projekt/:slug/partner/svar": signedIn, "POST /projekt/:slug/partner/ta-bort": signedIn, "POST /projekt/:slug/lyft": signedIn,
        // calls for partners: anyone reads; departments publish, match, send and answer; representatives respond
        "GET /efterlysningar": everyone, "GET /efterlysningar/:slug": everyone, "GET /efterlysningar.atom": everyone, "GET /api/v1/calls": everyone,
        "GET /efterlysningar/ny": staff, "POST /efterlysningar/ny": staff, "GET /efterlysningar/:slug/andra": staff,
        "POST /efterlysningar/:slug/andra": staff, "GET /efterlysningar/:slug/matchningar": staff, "POST /efterlysningar/:slug/matchningar": staff,
        "GET /efterlysningar/:slug/svar/:answerID": staff, "POST /efterlysningar/:slug/svar/:answerID": staff,
        "GET /efterlysningar/:slug/svara": signedIn, "POST /efterlysningar/:slug/svara": signedIn,
        // an association's cooperation history: "not found" for all but staff (CooperationHistoryTests)
        "GET /handlaggning/foreningar/:slug/historik": everyone,
        // initiatives: anyone reads the public ones (the rules decide on each); representatives propose; departments answer
        "GET /initiativ": everyone, "GET /initiativ/:id": everyone, "GET /initiativ/ny": signedIn, "POST /initiativ/ny": signedIn,
        "POST /initiativ/:id/beslut": staff,
        // offers: anyone reads them; representatives publish and withdraw (the rules: their verified associations);
        // staff answer for their department; an answer is read by both sides (404 for others) and settled by the association
        // the staff start page: every staff role (each sees the parts its role does)
        "GET /handlaggning": staff,
        "GET /erbjudanden": everyone, "GET /erbjudanden/:slug": everyone, "GET /erbjudanden/ny": signedIn, "POST /erbjudanden/ny": signedIn,
        "POST /erbjudanden/:slug/svara": staff, "POST /erbjudanden/:slug/avsluta": signedIn,
        "GET /erbjudanden/:slug/svar/:answerID": signedIn, "POST /erbjudanden/:slug/svar/:answerID": signedIn,
        "GET /stadsdelar": everyone, "GET /stadsdelar/:slug": everyone,
        "GET /evenemang": everyone, "GET /evenemang.ics": everyone, "GET /evenemang/:slug": everyone,
        "GET /evenemang/nytt": signedIn, "POST /evenemang/nytt": signedIn, "GET /evenemang/:slug/andra": signedIn,
        "POST /evenemang/:slug/andra": signedIn, "POST /evenemang/:slug/stall-in": signedIn,
        "POST /evenemang/:slug/anmal": everyone, "GET /evenemang/:slug/anmalningar": signedIn, "POST /evenemang/:slug/anmalningar": signedIn,
        "POST /evenemang/:slug/anmalningar/ny": signedIn, "GET /evenemang/avanmalan/:token": everyone, "POST /evenemang/avanmalan/:token": everyone,
        "GET /evenemang/:slug/delta": signedIn, "POST /evenemang/:slug/delta": signedIn, "POST /evenemang/:slug/delta/:id": signedIn,
        "GET /evenemang/:slug/deltagare": signedIn, "GET /evenemang/:slug/deltagare/:id": signedIn,
        "POST /evenemang/:slug/deltagare/:id": signedIn, "GET /evenemang/:slug/program": everyone,
        "GET /evenemang/:slug/affisch": everyone, "POST /evenemang/:slug/medarrangor": signedIn,
        "POST /evenemang/:slug/medarrangor/svar": signedIn, "POST /evenemang/:slug/medarrangor/ta-bort": signedIn,
        "GET /volontar": everyone, "GET /volontar/:slug": everyone, "GET /volontar/nytt": signedIn, "POST /volontar/nytt": signedIn,
        "GET /volontar/mina": signedIn, "GET /volontar/:slug/andra": signedIn, "POST /volontar/:slug/andra": signedIn,
        "POST /volontar/:slug/stang": signedIn, "GET /volontar/:slug/intresse": everyone, "POST /volontar/:slug/intresse": everyone, "GET /volontar/:slug/intresserade": signedIn,
        "GET /volontar/:slug/intresserade/:id": signedIn, "POST /volontar/:slug/intresserade/:id": signedIn,
        "GET /volontar/ditt-intresse/:token": everyone, "POST /volontar/ditt-intresse/:token": everyone,
        "GET /volontar/bevaka": everyone, "POST /volontar/bevaka": everyone, "GET /volontar/bevakning/:token": everyone,
        "POST /volontar/bevakning/:token": everyone,
        "GET /civilsamhallesdagar": everyone, "GET /volontar/statistik": everyone, "GET /api/v1/staff-days": everyone,
        "GET /uppfoljning": everyone, "GET /uppfoljning/:year": everyone, "GET /uppfoljning/:year/tabeller/:file": everyone,
        "GET /uppfoljning/:year/:department": everyone,
        "GET /api/v1/follow-up/:year": everyone,
        "GET /kontaktnatet": everyone, "GET /kontaktnatet/moten/:id": everyone,
        "GET /kontaktnatet/moten/nytt": admins, "POST /kontaktnatet/moten/nytt": admins,
        "GET /kontaktnatet/moten/:id/andra": admins, "POST /kontaktnatet/moten/:id/andra": admins,
        "GET /kontaktnatet/ataganden": everyone, "GET /kontaktnatet/ataganden/:department/:year": signedIn,
        "POST /kontaktnatet/ataganden/:department/:year": signedIn,
        // the council: anyone reads; the coordinator keeps the roster and meetings; council members and the coordinator
        // write news; anyone asks for the news by mail (confirmed and stopped by the link's token)
        "GET /samverkansradet": everyone, "GET /samverkansradet/moten/:id": everyone,
        "GET /samverkansradet/moten/nytt": admins, "POST /samverkansradet/moten/nytt": admins,
        "GET /samverkansradet/moten/:id/andra": admins, "POST /samverkansradet/moten/:id/andra": admins,
        "GET /samverkansradet/ledamoter/ny": admins, "POST /samverkansradet/ledamoter/ny": admins,
        "GET /samverkansradet/ledamoter/:id/andra": admins, "POST /samverkansradet/ledamoter/:id/andra": admins,
        "GET /samverkansradet/nyheter": everyone, "GET /samverkansradet/nyheter.atom": everyone, "GET /samverkansradet/nyheter/:slug": everyone,
        "GET /samverkansradet/nyheter/ny": [.council, .admin], "POST /samverkansradet/nyheter/ny": [.council, .admin],
        "GET /samverkansradet/nyheter/:slug/andra": [.council, .admin], "POST /samverkansradet/nyheter/:slug/andra": [.council, .admin],
        "GET /samverkansradet/prenumerera": everyone, "POST /samverkansradet/prenumerera": everyone,
        "GET /samverkansradet/prenumerera/:token": everyone, "POST /samverkansradet/prenumerera/:token": everyone,
        // the action plan: anyone reads; the coordinator writes actions; owners report (the rules decide on each action)
        "GET /samverkansradet/handlingsplan": everyone, "GET /samverkansradet/handlingsplan/:id": everyone,
        "POST /samverkansradet/handlingsplan/:id": signedIn,
        "GET /samverkansradet/handlingsplan/ny": admins, "POST /samverkansradet/handlingsplan/ny": admins,
        "GET /samverkansradet/handlingsplan/:id/andra": admins, "POST /samverkansradet/handlingsplan/:id/andra": admins,
        // the survey: anyone reads it; the signed-in answer for whom they may (the rules decide); the coordinator sets it up
        "GET /enkat": everyone, "GET /enkat/:year": everyone, "POST /enkat/:year": signedIn,
        "GET /enkat/:year/fragor": admins, "POST /enkat/:year/fragor": admins, "GET /enkat/:year/forvaltningar": [.politician, .admin],
        "GET /handlaggning/civilsamhallesdagar": staff, "POST /handlaggning/civilsamhallesdagar": staff,
        // the department's year and target: its department admin (the demo's culture handler) and admins
        "GET /handlaggning/civilsamhallesdagar/forvaltning": [.entryPointStaff, .admin],
        "POST /handlaggning/civilsamhallesdagar/mal": [.entryPointStaff, .admin],
        "GET /handlaggning/civilsamhallesdagar/:id": staff, "POST /handlaggning/civilsamhallesdagar/:id": staff,
        // operations: loopback or the metrics token, nobody by role
        "GET /metrics": [],
        "GET /open-data/associations.csv": everyone, "GET /open-data/associations.json": everyone, "GET /open-data/catalog.jsonld": everyone,
        "GET /open-data/projects.csv": everyone, "GET /open-data/projects.json": everyone,
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test("every route has an access rule and a line in the matrix")
    func everyRouteIsCovered() async throws {
        try await TestApp.run { ctx in
            for route in ctx.app.routes.all {
                #expect(route.access != nil, "\(Self.key(route)) has no access rule")
                #expect(Self.expected[Self.key(route)] != nil, "\(Self.key(route)) is missing from the matrix")
            }
            let registered = Set(ctx.app.routes.all.map(Self.key))
            for key in Self.expected.keys { #expect(registered.contains(key), "\(key) is in the matrix but not registered") }
        }
    }

    @Test("the server enforces the matrix", arguments: Role.allCases)
    func enforced(role: Role) async throws {
        try await TestApp.run { ctx in
            let placeholder = UUID().uuidString
            // The visitor's signed form token, from a page with a form: every anonymous request carries it.
            let visitor = ctx.browser()
            try await visitor.get("/konto/logga-in")
            let visitorToken = try #require(visitor.csrfToken)
            for route in ctx.app.routes.all {
                let key = Self.key(route)
                let allowed = Self.expected[key]?.contains(role) ?? false
                let path = "/" + route.path.map { component -> String in
                    if case .parameter = component { return placeholder }
                    return component.description
                }.joined(separator: "/")
                // A fresh session for each request, so a sign-out or a failed post cannot spill over.
                let browser = role == .anonymous ? visitor.tab() : ctx.browser()
                var csrf = visitorToken
                if let email = role.email { csrf = try await browser.enterSession(as: email) }
                let response = route.method == .POST ? try await browser.post(path, [:], csrf: csrf) : try await browser.get(path)
                let toSignIn = response.status == .seeOther && (response.location?.hasPrefix("/konto/logga-in") ?? false)
                    || response.status == .unauthorized
                if allowed {
                    #expect(response.status != .forbidden && !toSignIn, "\(role) should reach \(key), got \(response.status.code)")
                } else if role == .anonymous {
                    #expect(toSignIn, "anonymous should be sent to sign in for \(key), got \(response.status.code)")
                } else {
                    #expect(response.status == .forbidden, "\(role) should be refused \(key), got \(response.status.code)")
                }
            }
        }
    }

    @Test("the session the matrix enters is the one a sign-in leaves: the same pages open, with the same CSRF token working")
    func enteredSessionMatchesSignIn() async throws {
        try await TestApp.run { ctx in
            for role in Role.allCases {
                guard let email = role.email else { continue }
                let signedIn = ctx.browser()
                try await signedIn.signIn(email)
                let entered = ctx.browser()
                let csrf = try await entered.enterSession(as: email)
                for path in ["/konto", "/handlaggning", "/admin"] {
                    #expect(try await entered.get(path).status == (try await signedIn.get(path).status), "\(role) \(path)")
                }
                // The token is the session's: signing out with it goes where a signed-in person's sign-out goes.
                try await signedIn.get("/konto")
                let expected = try await signedIn.post("/konto/logga-ut", [:])
                let out = try await entered.post("/konto/logga-ut", [:], csrf: csrf)
                #expect(out.status == expected.status && out.location == expected.location, "\(role) signs out: \(out.status.code)")
                #expect(try await entered.get("/konto").location?.hasPrefix("/konto/logga-in") == true, "\(role) is signed out")
            }
        }
    }
}
