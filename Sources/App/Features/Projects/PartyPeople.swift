import Vapor
import Fluent
import Domain
import Views

/// A side asked to join (a project's partner, an event's co-organiser): read from the form, and
/// the people who answer for it.
enum PartyPeople {
    /// A department chosen from the list, or an association by its organisation number; with
    /// whether it may act (an association must be verified). `prefix` names a form's own fields.
    static func invitee(_ fields: FormFields, prefix: String = "", on db: any Database) async throws -> (party: Party?, verified: Bool) {
        let (orgNumber, department) = prefix.isEmpty ? ("orgNumber", "department") : (prefix + "OrgNumber", prefix + "Department")
        if let number = OrgNumber(fields[orgNumber]) {
            let association = try await Association.query(on: db).filter(\.$orgNumber == number.formatted).first()
            return (association.map { .association($0.typedID) }, association?.status == .verified)
        }
        if fields[orgNumber].trimmingWhitespace().isEmpty, let chosen = Party(fields[department]), case .department(let id) = chosen {
            return (try await Department.find(id.uuid, on: db) == nil ? nil : chosen, true)
        }
        return (nil, true)
    }

    /// Who hears for a side: a department at its address, an association's representatives at theirs.
    static func recipients(_ party: Party, on db: any Database) async throws -> [(address: String, name: String, language: Language)] {
        switch party {
        case .department(let id):
            guard let department = try await Department.find(id.uuid, on: db), !department.email.isEmpty else { return [] }
            return [(department.email, "", .sv)]
        case .association(let id):
            let people = try await Representative.query(on: db).filter(\.$association.$id == id.uuid).with(\.$user).all()
            return people.map { ($0.user.email, $0.user.displayName, Language(cookie: $0.user.language)) }
        }
    }

    /// Mails each of the side's people `kind` (a catalog mail), in their language, with `values` and their name.
    static func tell(_ party: Party, _ kind: String, _ values: [String: String], change: Change) async throws {
        let mails = try await recipients(party, on: change.db).map { address, name, language in
            let mail = MailText.compose(language, kind, values.merging(["name": name]) { $1 })
            return (address: address, name: name.isEmpty ? nil : Optional(name), subject: mail.subject, body: mail.body)
        }
        try await change.mail(batch: mails)
    }
}
