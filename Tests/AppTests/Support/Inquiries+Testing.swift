@testable import App
import Fluent
import Foundation
import Domain

extension TestApp.Context {
    static let question: [String: String] = [
        "topic": "premises", "question": "Finns det en lokal för läxhjälp på tisdagar?", "name": "Kim Frågare",
        "email": "kim@example.org", "channel": "email",
    ]

    /// Asks a question through the form, as a person without an account would; returns the
    /// browser (on the receipt page), the private path and the stored inquiry.
    func ask(_ fields: [String: String] = question, browser: TestBrowser? = nil) async throws -> (TestBrowser, String, Inquiry) {
        let browser = browser ?? self.browser()
        let response = try await browser.submit("/kontakt/fraga", fields)
        guard response.status == .seeOther, let location = response.location else {
            throw TestFailure("asking failed: \(response.status) \(response.body.string.prefix(400))")
        }
        let path = String(location.split(separator: "?")[0])
        let token = String(path.split(separator: "/").last ?? "")
        guard let inquiry = try await Inquiry.query(on: app.db).filter(\.$accessToken == token).with(\.$department).first() else {
            throw TestFailure("no inquiry behind \(location)")
        }
        try await browser.get(location)
        return (browser, path, inquiry)
    }

    func inquiry(_ reference: String) async throws -> Inquiry {
        try await Inquiry.query(on: app.db).filter(\.$reference == reference).with(\.$department).first()!
    }

    func department(_ slug: String) async throws -> Department {
        try await Department.query(on: app.db).filter(\.$slug == slug).first()!
    }
}

enum DemoInquiries {
    /// The demo's handler, at the department that answers questions about premises.
    static let cultureHandler = "handlaggare.kultur@demo.samverka.example"
    /// Staff in the social department who is not an entry-point handler.
    static let socialContact = "kontaktperson.social@demo.samverka.example"
}
