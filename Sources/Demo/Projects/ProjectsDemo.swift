import Vapor
import Fluent
import Domain
import App

/// The demo's projects: every status, in many districts and for many goals, started by
/// departments and by associations — among them a partnership (IOP) with its decision, a
/// finished one held up as a good example, and invitations still waiting for an answer
/// (one to the demo representative's association, so the answer form can be tried).
enum ProjectsDemo {
    struct Seed {
        var title: String
        var easyRead: String
        var summary: String
        /// A department's slug, or `"npf"` / `"tenants"` for the demo representative's associations,
        /// or a word in an association's name.
        var owner: String
        var partners: [(String, PartnerRole, PartnerStatus)] = []
        var status: ProjectStatus
        var districts: [String]
        var goals: [Int]
        var groups: [TargetGroup]
        var form: LadderStep
        var days: (starts: Int, ends: Int)?
        var iop = false
        var featured = false
        var outcome = ""
        var updates: [String] = []
    }

    static let seeds: [Seed] = [
        Seed(title: "Läxhjälp i Vivalla", easyRead: "Unga får hjälp med läxor två kvällar i veckan. Det är gratis.",
             summary: "Föreningen och skolan ordnar läxhjälp med volontärer i skolans lokaler.", owner: "Läxhjälpen",
             partners: [("grundskoleforvaltningen", .partner, .confirmed)], status: .ongoing, districts: ["Vivalla"], goals: [4, 10],
             groups: [.children, .youth], form: .partnership, days: (-300, 65), iop: true,
             updates: ["Tjugo volontärer är utbildade.", "Vi har nu läxhjälp även på lördagar."]),
        Seed(title: "Tegelbrukets mötesplats", easyRead: "En öppen mötesplats där föreningar och kommunen träffas. Projektet är klart.",
             summary: "Kultur- och fritidsförvaltningen och föreningarna drev en mötesplats i tre år.", owner: "kultur-och-fritidsforvaltningen",
             partners: [("Kulturföreningen", .partner, .confirmed)], status: .finished, districts: ["Centrum"], goals: [11, 17],
             groups: [.everyone], form: .dialogue, days: (-1100, -30), featured: true,
             outcome: "Fyrtio föreningar använde lokalen. Mötesplatsen drivs nu vidare av föreningarna själva."),
        Seed(title: "NPF-säker skola", easyRead: "Skolan och NPF-föreningen gör skolan bättre för elever med NPF.",
             summary: "Grundskoleförvaltningen tar hjälp av NPF-föreningen för att utbilda personal.", owner: "grundskoleforvaltningen",
             partners: [("npf", .participant, .confirmed)], status: .ongoing, districts: ["Brickebacken", "Varberga"], goals: [3, 4],
             groups: [.children, .disabilities], form: .partnership, days: (-60, 300)),
        Seed(title: "Trygghetsvandringar i Vivalla", easyRead: "Vi går runt i området och ser vad som behöver bli tryggare.",
             summary: "Bostadsbolaget bjuder in hyresgästerna att gå trygghetsvandringar varje höst.", owner: "orebrobostader",
             partners: [("tenants", .partner, .invited)], status: .planned, districts: ["Vivalla"], goals: [11, 16],
             groups: [.families, .adults], form: .dialogue, days: (30, 120)),
        Seed(title: "Språkcafé på biblioteket", easyRead: "Träffas och prata svenska på biblioteket varje torsdag.",
             summary: "Biblioteket och språkcaféet erbjuder samtal på svenska för nyanlända.", owner: "Språkcafé",
             partners: [("kultur-och-fritidsforvaltningen", .funder, .confirmed)], status: .ongoing, districts: ["Baronbackarna"], goals: [4, 10],
             groups: [.newcomers], form: .dialogue, days: (-200, 160)),
        Seed(title: "Seniorer och digital vardag", easyRead: "Äldre får hjälp med mobil och dator.", summary: "Seniorföreningen håller kurser med stöd av kommunen.",
             owner: "Seniorföreningen", partners: [("vard-och-omsorgsforvaltningen", .funder, .confirmed)], status: .ongoing,
             districts: ["Adolfsberg"], goals: [3, 10], groups: [.seniors], form: .information, days: (-90, 90)),
        Seed(title: "Odling på skolgården", easyRead: "Elever och föreningen odlar grönsaker på skolgården.", summary: "Odlingsföreningen och en skola startar odlingslådor.",
             owner: "Odlingslotten", status: .idea, districts: ["Oxhagen"], goals: [2, 12, 15], groups: [.children], form: .dialogue),
        Seed(title: "Cykelkök för unga", easyRead: "Unga lär sig laga cyklar.", summary: "Idé om ett cykelkök i Markbacken med Tekniska förvaltningen.",
             owner: "Cykelköket", partners: [("tekniska-forvaltningen", .partner, .invited)], status: .idea, districts: ["Markbacken"],
             goals: [11, 13], groups: [.youth], form: .dialogue),
        Seed(title: "Sommarlovsaktiviteter i Brickebacken", easyRead: "Gratis aktiviteter för barn på sommarlovet.",
             summary: "Föreningar i Brickebacken ordnar aktiviteter med sommarlovsstöd.", owner: "kultur-och-fritidsforvaltningen",
             partners: [("Bollklubb", .participant, .confirmed)], status: .finished, districts: ["Brickebacken"], goals: [3, 10],
             groups: [.children], form: .partnership, days: (-170, -110), outcome: "700 barn deltog under sommaren."),
        Seed(title: "Matbank i Varberga", easyRead: "Mat som blir över delas ut till familjer som behöver.",
             summary: "Församlingen och socialförvaltningen planerar en matbank.", owner: "socialforvaltningen",
             partners: [("Församlingen", .partner, .confirmed)], status: .planned, districts: ["Varberga"], goals: [1, 2, 12],
             groups: [.families], form: .partnership, days: (45, 400)),
        Seed(title: "Kvinnors hälsa i Oxhagen", easyRead: "Träffar om hälsa för kvinnor.", summary: "Samtalsgrupper om hälsa och motion.",
             owner: "Kvinnojouren", status: .cancelled, districts: ["Oxhagen"], goals: [3, 5], groups: [.women], form: .dialogue, days: (-100, -20)),
        Seed(title: "Ungas röst i stadsplaneringen", easyRead: "Unga får säga vad de vill ha i sin stadsdel.",
             summary: "Stadsbyggnad och ungdomsrådet tar fram ungas förslag till översiktsplanen.", owner: "stadsbyggnadsforvaltningen",
             partners: [("Ungdomsrådet", .participant, .confirmed)], status: .ongoing, districts: ["Centrum", "Vivalla"], goals: [11, 16],
             groups: [.youth], form: .consultation, days: (-40, 200)),
        Seed(title: "Fritidsgård i Glanshammar", easyRead: "En ny fritidsgård för unga på landsbygden.", summary: "Idé om fritidsgård drivs av föreningar.",
             owner: "Fritidsföreningen", status: .idea, districts: ["Glanshammar"], goals: [3, 10], groups: [.youth], form: .partnership),
        Seed(title: "Naturvård i Garphyttan", easyRead: "Vi tar hand om naturen i nationalparkens närhet.", summary: "Naturvårdsdagar med miljöförvaltningen.",
             owner: "miljoforvaltningen", partners: [("Naturskyddsföreningen", .partner, .confirmed)], status: .ongoing,
             districts: ["Garphyttan"], goals: [13, 15], groups: [.everyone], form: .dialogue, days: (-20, 150)),
        Seed(title: "Lokalhistoria i Odensbacken", easyRead: "Vi samlar berättelser om hur det var förr.", summary: "Hembygdsföreningen samlar minnen.",
             owner: "Hembygdsförening", partners: [("kultur-och-fritidsforvaltningen", .funder, .confirmed)], status: .finished,
             districts: ["Odensbacken"], goals: [11], groups: [.seniors, .everyone], form: .information, days: (-400, -60),
             outcome: "En utställning och en bok med 40 berättelser."),
        Seed(title: "Simskola för nyanlända", easyRead: "Vuxna och barn lär sig simma.", summary: "Simklubben och arbetsmarknadsförvaltningen ordnar simskola.",
             owner: "Simklubben", partners: [("gymnasie-och-arbetsmarknadsforvaltningen", .partner, .confirmed)], status: .planned,
             districts: ["Vintrosa"], goals: [3, 10], groups: [.newcomers], form: .partnership, days: (60, 240)),
        Seed(title: "Teater om psykisk hälsa", easyRead: "En pjäs som unga gör om hur de mår.", summary: "Teatersällskapet sätter upp en pjäs med elever.",
             owner: "Teatersällskap", status: .ongoing, districts: ["Axberg"], goals: [3, 4], groups: [.youth], form: .dialogue, days: (-30, 60)),
        Seed(title: "Trygg skolväg", easyRead: "Föräldrar och kommunen gör skolvägen säkrare.", summary: "Kvartersrådet och tekniska förvaltningen ser över skolvägar.",
             owner: "tekniska-forvaltningen", partners: [("Kvartersråd", .partner, .confirmed)], status: .finished,
             districts: ["Adolfsberg"], goals: [3, 11], groups: [.children, .families], form: .consultation, days: (-500, -200),
             outcome: "Två nya övergångsställen och lägre hastighet vid skolan."),
        Seed(title: "Stöd till anhöriga", easyRead: "Samtalsgrupper för dig som tar hand om någon.", summary: "Funktionsstöd och Lika värde planerar anhörigstöd.",
             owner: "funktionsstodsforvaltningen", partners: [("Lika värde", .partner, .confirmed)], status: .planned,
             districts: ["Bettorp"], goals: [3, 10], groups: [.families, .disabilities], form: .partnership, days: (20, 380)),
        Seed(title: "Föreningsmässa för gymnasieelever", easyRead: "Elever träffar föreningar och hittar något att göra.",
             summary: "Gymnasiet och föreningarna ordnar en mässa.", owner: "gymnasie-och-arbetsmarknadsforvaltningen", status: .cancelled,
             districts: ["Centrum"], goals: [4, 17], groups: [.youth], form: .information),
        Seed(title: "Utemiljö vid förskolan", easyRead: "Barn och föräldrar bygger om gården vid förskolan.", summary: "Förskolan och boföreningen bygger en ny gård.",
             owner: "forskoleforvaltningen", partners: [("Boföreningen", .partner, .confirmed)], status: .ongoing, districts: ["Varberga"],
             goals: [3, 11, 15], groups: [.children, .families], form: .dialogue, days: (-15, 100)),
        Seed(title: "Mötesplats för föräldrar med barn med NPF", easyRead: "Föräldrar träffas och stöttar varandra.",
             summary: "NPF-föreningen vill starta föräldraträffar och söker en lokal.", owner: "npf",
             partners: [("socialforvaltningen", .partner, .invited)], status: .idea, districts: ["Brickebacken"], goals: [3, 10],
             groups: [.families, .disabilities], form: .dialogue),
    ]

    static func seed(_ app: Application) async throws {
        let departments = try await Department.query(on: app.db).all()
        let districts = Dictionary(uniqueKeysWithValues: try await District.query(on: app.db).all().map { ($0.name, $0.typedID) })
        let associations = try await Association.query(on: app.db).filter(\.$status == .verified).sort(\.$sortKey).all()
        let member = try await User.query(on: app.db).filter(\.$email == DemoAccounts.representativeEmail).first()
        let represented = member == nil ? [] : try await Representative.query(on: app.db).filter(\.$user.$id == member!.id!).all().map { $0.$association.id }
        let mine = associations.filter { represented.contains($0.id!) }
        let party: @Sendable (String) -> Party? = { word in
            if let department = departments.first(where: { $0.slug == word }) { return .department(department.typedID) }
            let found: Association?
            switch word {
            case "npf": found = mine.first { $0.name.hasPrefix("NPF") }
            case "tenants": found = mine.first { !$0.name.hasPrefix("NPF") }
            default: found = associations.first { $0.name.contains(word) }
            }
            return found.map { .association($0.typedID) }
        }
        let today = CalendarDay(app.wallClock.now)
        try await app.change(label: "demo") { change in
            for (n, seed) in seeds.enumerated() {
                guard let owner = party(seed.owner) else { continue }
                let iop = seed.iop ? Partnership(from: CalendarDay(dayNumber: today.dayNumber - 300), until: CalendarDay(dayNumber: today.dayNumber + 65),
                                                 decisionBody: "Grundskolenämnden", decidedOn: CalendarDay(dayNumber: today.dayNumber - 320),
                                                 caseNumber: "GSN 2025/88") : nil
                let draft = ProjectDraft(
                    title: seed.title, summary: seed.summary, easyRead: seed.easyRead, districtIDs: seed.districts.compactMap { districts[$0] },
                    targetGroups: seed.groups, goals: seed.goals.compactMap(Sdg.init), form: seed.form,
                    starts: seed.days.map { CalendarDay(dayNumber: today.dayNumber + $0.starts) },
                    ends: seed.days.map { CalendarDay(dayNumber: today.dayNumber + $0.ends) },
                    contactName: "Kontaktperson \(n + 1) (exempel)", contactEmail: "projekt\(n + 1)@demo.samverka.example", owner: owner,
                    status: .idea, partnership: iop)
                let project = Project()
                try await ProjectStore.apply(draft, to: project, at: change.now, on: change.db)
                project.status = seed.status
                project.featured = seed.featured
                project.outcome = seed.outcome
                try await project.update(on: change.db)
                for (word, role, status) in seed.partners {
                    guard let partner = party(word), partner != owner else { continue }
                    try await ProjectPartner(projectID: project.id!, party: partner, role: role, status: status,
                                             commitment: seed.iop ? "Lokaler och en samordnare" : "", at: change.now).create(on: change.db)
                }
                for text in [""] + seed.updates + (seed.outcome.isEmpty ? [] : [seed.outcome]) {
                    try await ProjectEntry(projectID: project.id!, at: change.now, status: text.isEmpty ? seed.status : nil, body: text,
                                           author: "Kontaktperson \(n + 1) (exempel)").create(on: change.db)
                }
                try await change.audit("project.create", "project", project.id!.uuidString, "demo: \(seed.title)")
            }
        }
    }
}
