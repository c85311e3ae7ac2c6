@testable import App
@testable import Demo
import Fluent
import Foundation
import Domain

extension TestApp.Context {
    /// A member of a department's staff, straight into the accounts (with the demo password),
    /// signed in; an entry-point handler unless told otherwise.
    func staff(_ email: String, department slug: String, handler: Bool = true) async throws -> TestBrowser {
        let department = try await department(slug)
        let hash = try await app.passwords.hash(DemoAccounts.password)
        try await app.change(label: "test") { change in
            let user = User(email: email, displayName: "Handläggare \(email.prefix { $0 != "@" })", passwordHash: hash, role: .staff)
            user.$department.id = department.id
            user.isEntryPointHandler = handler
            user.emailConfirmedAt = change.now
            try await user.create(on: change.db)
            try await change.audit("test.user", "user", user.id!.uuidString)
        }
        return try await signedIn(email)
    }

    /// The audit rows of one action, oldest first.
    func audits(_ action: String) async throws -> [AuditEntry] {
        try await AuditEntry.query(on: app.db).filter(\.$action == action).sort(\.$at).all()
    }
}
