import Fluent

/// Every schema change, in the order it was made. Append only: a released migration never changes.
enum Migrations {
    static let all: [any Migration] = [
        CreateAppMeta(),          // installation facts (demo seeded, …)
        CreateDepartments(),      // departments and companies with entry points
        CreateDistricts(),        // districts and villages
        CreateSustainableGoals(), // the 17 Agenda 2030 goals
        CreatePrinciples(),       // the agreement's principles
        CreateUsers(),            // accounts and roles
        CreateSessions(),         // database sessions
        CreateAccountTokens(),    // confirm-address and reset-password links
        CreateLoginAttempts(),    // sign-in throttling
        CreateAuditLog(),         // who changed what
        CreateOutbox(),           // mails to deliver
    ]
}
