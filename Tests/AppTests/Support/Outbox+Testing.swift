@testable import App
import Fluent
import Foundation

extension TestApp.Context {
    /// Mails queued for an address, oldest first.
    func mails(to address: String) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).filter(\.$toAddress == address).sort(\.$createdAt).sort(\.$id).all()
    }

    /// The path and query of the last link in the newest mail to an address (e.g. /konto/bekrafta?token=…).
    func linkInLastMail(to address: String) async throws -> String? {
        guard let body = try await mails(to: address).last?.body else { return nil }
        let base = app.settings.baseURL.absoluteString
        guard let range = body.range(of: base, options: .backwards) else { return nil }
        let rest = body[range.upperBound...]
        return String(rest.prefix { !$0.isWhitespace })
    }

    func user(_ email: String) async throws -> User? {
        try await User.query(on: app.db).filter(\.$email == email).first()
    }

    /// Registers and confirms an account through the pages, as a person would.
    func registeredUser(_ email: String, password: String = "korrekt häst batteri") async throws -> TestBrowser {
        let browser = browser()
        try await browser.submit("/konto/skapa", ["displayName": "Test Person", "email": email, "password": password])
        guard let link = try await linkInLastMail(to: email) else { throw TestFailure("no confirmation mail to \(email)") }
        try await browser.get(link)
        try await browser.post("/konto/bekrafta", ["token": String(link.split(separator: "=").last ?? "")])
        try await browser.signIn(email, password: password)
        return browser
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
