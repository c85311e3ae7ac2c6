@testable import App
import Fluent
import Foundation
import Domain

extension TestApp.Context {
    /// An association straight into the register (bypassing the pages), with one category.
    @discardableResult
    func association(_ name: String, status: AssociationStatus = .verified, orgNumber: String? = nil,
                     category: AssociationCategory = .culture, description: String = "En förening.",
                     representative email: String? = nil) async throws -> Association {
        try await app.change(label: "test") { change in
            let association = Association(slug: try await Slug.unique(name, on: change.db, in: Association.self), name: name,
                                          status: status, source: "registered", createdBy: nil)
            association.orgNumber = orgNumber
            association.description = description
            try await association.create(on: change.db)
            try await AssociationStore.replaceTags(of: association.id!, categories: [category], targetGroups: [], districtIDs: [],
                                                   competences: [], on: change.db)
            if let email, let user = try await User.query(on: change.db).filter(\.$email == email).first() {
                try await Representative(associationID: association.id!, userID: user.id!).create(on: change.db)
            }
            try await change.audit("association.register", "association", association.id!.uuidString, "test")
            return association
        }
    }

    func signedIn(_ email: String) async throws -> TestBrowser {
        let browser = browser()
        try await browser.signIn(email)
        return browser
    }

    func json(_ path: String) async throws -> (status: Int, body: Any?) {
        let response = try await browser().get(path)
        return (Int(response.status.code), try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8)))
    }
}

enum Demo {
    static let admin = "admin@demo.samverka.example"
    static let staff = "handlaggare.kultur@demo.samverka.example"
    static let member = "forening@demo.samverka.example"
    static let council = "radsledamot@demo.samverka.example"
}
