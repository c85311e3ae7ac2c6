import Vapor
import Fluent
import Domain
import App

/// Example accounts of the Örebro demo, one per kind of user, so every part can be tried.
/// They exist only with the built-in demo configuration; the login page lists them.
enum DemoAccounts {
    struct Account: Sendable {
        var email: String
        var displayName: String
        var role: Actor.Role
        var departmentSlug: String?
        var entryPointHandler = false
        var contactNetworkMember = false
        var departmentAdmin = false
        var councilMember = false
        var politician = false
    }

    static let password = "samverka-demo-2026"
    /// The demo admin's TOTP key, published with the password (the sign-in page shows it), so the
    /// demo shows an admin's real sign-in, second step included. Only ever in the demo, which
    /// refuses an https:// address unless SAMVERKA_DEMO=1.
    static let adminSecondFactorKey = Array("samverka-demo-admin!".utf8)
    static var adminEmail: String { all[0].email }
    /// The demo account that represents some of the demo associations.
    static let representativeEmail = "forening@demo.samverka.example"

    static let all: [Account] = [
        Account(email: "admin@demo.samverka.example", displayName: "Administratör (exempel)", role: .admin,
                departmentSlug: "kommunstyrelseforvaltningen"),
        Account(email: "handlaggare.kultur@demo.samverka.example", displayName: "Handläggare kultur och fritid (exempel)",
                role: .staff, departmentSlug: "kultur-och-fritidsforvaltningen", entryPointHandler: true, departmentAdmin: true),
        Account(email: "kontaktperson.social@demo.samverka.example", displayName: "Kontaktperson socialförvaltningen (exempel)",
                role: .staff, departmentSlug: "socialforvaltningen", contactNetworkMember: true),
        Account(email: "radsledamot@demo.samverka.example", displayName: "Ledamot i samverkansrådet (exempel)",
                role: .member, councilMember: true),
        Account(email: "forening@demo.samverka.example", displayName: "Föreningsrepresentant (exempel)", role: .member),
        Account(email: "politiker@demo.samverka.example", displayName: "Politiker i kultur- och fritidsnämnden (exempel)", role: .member,
                politician: true),
    ]

    static func seed(_ app: Application, passwordHash: String) async throws {
        try await app.change(label: "demo") { change in
            for account in all {
                var departmentID: UUID?
                if let slug = account.departmentSlug {
                    departmentID = try await Department.query(on: change.db).filter(\.$slug == slug).first()?.id
                }
                let user = User(email: account.email, displayName: account.displayName, passwordHash: passwordHash,
                                role: account.role, departmentID: departmentID, emailConfirmedAt: change.now)
                user.isEntryPointHandler = account.entryPointHandler
                user.isContactNetworkMember = account.contactNetworkMember
                user.isDepartmentAdmin = account.departmentAdmin
                user.isCouncilMember = account.councilMember
                user.isPolitician = account.politician
                try await user.create(on: change.db)
                try await change.audit("user.create", "user", user.id!.uuidString, "demo account, role: \(account.role.rawValue)")
            }
        }
    }

    /// The demo admin's authenticator key, also for a demo database made before admins had one.
    static func seedSecondFactorIfMissing(_ app: Application) async throws {
        guard let admin = try await User.query(on: app.db).filter(\.$email == adminEmail).first(),
              try await !SecondFactorStore.isEnrolled(admin.id!, on: app.db) else { return }
        let box = app.secretBox
        try await app.change(label: "demo") { change in
            _ = try await SecondFactorStore.enrol(admin.id!, secret: adminSecondFactorKey, provenAt: 0, box: box, in: change)
            try await change.audit("user.secondFactor.on", "user", admin.id!.uuidString, "demo admin's published key")
        }
    }
}
