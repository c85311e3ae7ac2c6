import Vapor
import Fluent
import Domain
import App

/// The demo's initiatives, one in every state: just received, being considered, yes (with its
/// project) and no (with the reason); all from the demo representative's associations, so they
/// show under "your initiatives", and public except one.
enum InitiativesDemo {
    static let seeds: [(title: String, topic: InquiryTopic, status: InitiativeStatus, isPublic: Bool, what: String, why: String)] = [
        ("Utegym vid Vivallasjön", .streetsAndParks, .received, true, "Ett enkelt utegym vid sjön som alla kan använda.",
         "Många unga och äldre i området vill träna men har inte råd med gym."),
        ("Föräldraträffar om NPF på biblioteket", .disability, .considering, true, "Träffar en kväll i månaden för föräldrar till barn med NPF.",
         "Föräldrar behöver träffa andra i samma situation."),
        ("Gårdsfester i Vivalla", .housing, .accepted, true, "Tre gårdsfester varje sommar, som grannar ordnar tillsammans.",
         "Grannar lär känna varandra och området blir tryggare."),
        ("Egen lokal för föreningen", .premises, .declined, false, "En lokal som föreningen har för sig själv.",
         "Vi behöver förvara material."),
    ]

    static func seed(_ app: Application) async throws {
        guard let member = try await User.query(on: app.db).filter(\.$email == DemoAccounts.representativeEmail).first() else { return }
        let ids = try await Representative.query(on: app.db).filter(\.$user.$id == member.id!).all().map { $0.$association.id }
        let associations = try await Association.query(on: app.db).filter(\.$id ~~ ids).filter(\.$status == .verified).sort(\.$sortKey).all()
        guard !associations.isEmpty else { return }
        try await app.change(label: "demo") { change in
            for (n, seed) in seeds.enumerated() {
                let association = associations[n % associations.count]
                let draft = InitiativeDraft(association: association.typedID, topic: seed.topic, title: seed.title, what: seed.what, why: seed.why,
                                            place: "Vivalla", needs: "", goals: [Sdg(3)!, Sdg(11)!], isPublic: seed.isPublic)
                let department = try await InquiryStore.route(seed.topic, on: change.db)
                let initiative = Initiative(draft, authorID: member.id, department: department, at: change.now)
                initiative.status = seed.status
                if seed.status == .declined {
                    initiative.reason = "Kommunen har inga egna lokaler att hyra ut just nu. Fråga gärna om lokaler i bostadsbolagets hus."
                }
                if seed.status.isDecided { initiative.decidedAt = change.now }
                try await initiative.create(on: change.db)
                if seed.status == .accepted {
                    initiative.$project.id = try await InitiativesController.startProject(from: initiative, author: "Handläggare (exempel)",
                                                                                           change: change).id
                    try await initiative.update(on: change.db)
                }
                try await change.audit("initiative.create", "initiative", initiative.id!.uuidString, "demo: \(seed.title)")
            }
        }
    }
}
