import Vapor
import Fluent
import Domain
import App

/// The demo's associations: made-up names in every district and category, some with and some
/// without organisation numbers (valid ones only), about half of them in the agreement.
enum AssociationsDemo {
    struct Seed: Sendable {
        var name: String
        var category: AssociationCategory
        var extraCategory: AssociationCategory?
        var groups: [TargetGroup]
        var competences: String
        var description: String
        var easyRead: String
    }

    static let byCategory: [AssociationCategory: (names: [String], seed: @Sendable (String) -> Seed)] = [
        .sport: (["{d} Bollklubb", "{d} Innebandyförening", "Simklubben Vågen i {d}", "{d} Friluftsförening"], { name in
            Seed(name: name, category: .sport, extraCategory: .youth, groups: [.children, .youth], competences: "Ledarskap, rörelse för barn",
                 description: "Vi tränar och spelar tillsammans, två kvällar i veckan. Nya spelare och ledare är välkomna året runt.",
                 easyRead: "Vi tränar två kvällar i veckan. Alla får vara med.") }),
        .culture: (["Kulturföreningen Ljuset i {d}", "{d} Teatersällskap", "Körföreningen Stämman {d}", "{d} Konstkollektiv"], { name in
            Seed(name: name, category: .culture, extraCategory: nil, groups: [.everyone], competences: "Musik, teater, evenemang",
                 description: "Vi ordnar konserter, teater och kurser för alla åldrar och hyr ut vår lokal till andra föreningar.",
                 easyRead: "Vi gör teater och musik. Alla får komma.") }),
        .social: (["Mötesplats {d}", "Föreningen Grannstöd {d}", "{d} Stödcenter", "Kvinnojouren Trygga {d}"], { name in
            Seed(name: name, category: .social, extraCategory: nil, groups: [.adults, .families], competences: "Stödsamtal, föräldrastöd",
                 description: "Vi erbjuder en öppen mötesplats, stödsamtal och hjälp med kontakter med myndigheter.",
                 easyRead: "Vi har en plats där du kan prata. Vi kan hjälpa dig.") }),
        .integration: (["Internationella föreningen {d}", "Språkcafé {d}", "{d} Kulturbro", "Föreningen Nya grannar {d}"], { name in
            Seed(name: name, category: .integration, extraCategory: .education, groups: [.newcomers, .families], competences: "Språkstöd, tolkning, samhällsinformation",
                 description: "Vi hjälper nyanlända att lära sig svenska och hitta i samhället, med språkcafé och läxhjälp.",
                 easyRead: "Vi pratar svenska ihop. Vi hjälper till med läxor.") }),
        .disability: (["NPF-föreningen Vägvisaren {d}", "Autism- och aspergerföreningen {d}", "{d} Synskadeförening", "Föreningen Lika värde {d}"], { name in
            Seed(name: name, category: .disability, extraCategory: nil, groups: [.disabilities, .families, .children], competences: "NPF, autism, ADHD, tillgänglighet",
                 description: "Vi stödjer barn och vuxna med neuropsykiatriska funktionsnedsättningar och deras familjer, och delar gärna vår kunskap med skolor.",
                 easyRead: "Vi hjälper barn och vuxna med NPF. Vi kan lära skolor om NPF.") }),
        .youth: (["Ungdomsrådet {d}", "{d} Scoutkår", "Fritidsföreningen Hänget {d}", "Unga ledare {d}"], { name in
            Seed(name: name, category: .youth, extraCategory: nil, groups: [.youth], competences: "Ungdomsinflytande, ledarutbildning",
                 description: "Unga driver föreningen själva. Vi ordnar läger, kvällsaktiviteter och ledarutbildning.",
                 easyRead: "Unga bestämmer här. Vi åker på läger.") }),
        .seniors: (["PRO {d}", "Seniorföreningen Solsidan {d}", "{d} Pensionärsförening", "Träffpunkt 65+ {d}"], { name in
            Seed(name: name, category: .seniors, extraCategory: nil, groups: [.seniors], competences: "Digital hjälp för äldre, friskvård",
                 description: "Vi ordnar träffar, promenader, resor och hjälp med mobil och dator för äldre.",
                 easyRead: "Vi träffas och går promenader. Vi hjälper till med mobilen.") }),
        .environment: (["Naturskyddsföreningen {d}", "Odlingslotten {d}", "{d} Klimatgrupp", "Cykelköket {d}"], { name in
            Seed(name: name, category: .environment, extraCategory: nil, groups: [.everyone], competences: "Odling, naturvård, cykelreparation",
                 description: "Vi odlar, vårdar naturen i närområdet och lagar cyklar tillsammans.",
                 easyRead: "Vi odlar och lagar cyklar ihop.") }),
        .faith: (["Församlingen Ljusglimten {d}", "{d} Moské- och kulturförening", "Ekumeniska gruppen {d}", "Kyrkans unga {d}"], { name in
            Seed(name: name, category: .faith, extraCategory: .social, groups: [.everyone], competences: "Samtal, krisstöd, matutdelning",
                 description: "Vi är en trosgemenskap som också ordnar matutdelning och samtalsgrupper öppna för alla.",
                 easyRead: "Vi delar ut mat. Alla får komma och prata.") }),
        .tenants: (["Hyresgästföreningen {d}", "Boföreningen Gården {d}", "{d} Kvartersråd", "Grannskapsföreningen {d}"], { name in
            Seed(name: name, category: .tenants, extraCategory: nil, groups: [.families, .adults], competences: "Boendeinflytande, trygghetsvandringar",
                 description: "Vi verkar för ett bra boende och ordnar trygghetsvandringar och gårdsfester.",
                 easyRead: "Vi vill att alla ska bo bra. Vi har fest på gården.") }),
        .education: (["Studiecirkeln Kunskap {d}", "Läxhjälpen {d}", "{d} Folkbildningsförening", "Föreningen Läsglädje {d}"], { name in
            Seed(name: name, category: .education, extraCategory: .youth, groups: [.children, .youth, .adults], competences: "Läxhjälp, studiecirklar, läsfrämjande",
                 description: "Vi ordnar läxhjälp, studiecirklar och läsgrupper för barn och vuxna.",
                 easyRead: "Vi hjälper till med läxor. Vi läser böcker ihop.") }),
        .other: (["Föreningen Vi i {d}", "{d} Hembygdsförening", "Föreningarnas samråd {d}", "Kvartersföreningen {d}"], { name in
            Seed(name: name, category: .other, extraCategory: nil, groups: [.everyone], competences: "Lokalhistoria, evenemang",
                 description: "Vi samlar människor i området kring lokalhistoria, marknader och fester.",
                 easyRead: "Vi har fester och marknad.") }),
    ]

    /// A made-up but valid organisation number for the n-th demo association (8 = non-profit).
    static func orgNumber(_ n: Int) -> String {
        let nine = Array(String(format: "802%06d", 100_123 + n * 7919 % 899_000)).compactMap { $0.wholeNumberValue }
        let digits = nine + [OrgNumber.luhnCheckDigit(nine)]
        return OrgNumber(digits.map(String.init).joined())!.formatted
    }

    static func seed(_ app: Application, representative: User) async throws {
        let districts = try await District.query(on: app.db).sort(\.$position).all()
        let categories = AssociationCategory.allCases
        let demoStart = DemoDates.day(2021, 1, 20)
        // One transaction for the whole demo: 64 associations are seeded in well under a second.
        try await app.change(label: "demo") { change in
        for n in 0..<64 {
            let category = categories[n % categories.count]
            let district = districts[n % districts.count]
            let (names, make) = byCategory[category]!
            let seed = make(names[(n / categories.count) % names.count].replacingOccurrences(of: "{d}", with: district.name))
            let joined = n % 2 == 0
            do {
                let association = Association(slug: try await Slug.unique(seed.name, on: change.db, in: Association.self), name: seed.name,
                                              status: n >= 60 ? .pending : .verified, source: "registered", createdBy: representative.id)
                association.orgNumber = n % 3 == 0 ? nil : orgNumber(n)
                association.legalForm = category == .faith ? .faithCommunity : .nonProfitAssociation
                association.memberBand = MemberBand.allCases[n % MemberBand.allCases.count]
                association.description = seed.description
                association.easyReadDescription = seed.easyRead
                association.competences = seed.competences
                association.email = "kontakt@\(association.slug).example"
                association.website = n % 4 == 0 ? "https://\(association.slug).example" : ""
                association.verifiedAt = association.status == .verified ? demoStart : nil
                try await association.create(on: change.db)
                let extra = n % 5 == 0 ? [districts[(n + 3) % districts.count].id!] : []
                try await AssociationStore.replaceTags(of: association.id!, categories: [category] + (seed.extraCategory.map { [$0] } ?? []),
                                                       targetGroups: seed.groups, districtIDs: [district.id!] + extra,
                                                       competences: AssociationDraft.tags(seed.competences), on: change.db)
                // The demo's association account speaks for a few, so its pages can be tried.
                if n == 4 || n == 9 || n == 60 {
                    try await Representative(associationID: association.id!, userID: representative.id!).create(on: change.db)
                }
                try await change.audit("association.register", "association", association.id!.uuidString, "demo: \(seed.name)")
                if joined && association.status == .verified {
                    let day = CalendarDay(2020 + n % 6, 1 + n % 12, 1 + n % 27)
                    let form = FormFields(["decidedOn": day.description, "signatoryRole": "Ordförande", "confirm": "on"])
                    try await Ledger.record(.joined, form, for: .association(association.id!), by: representative, in: change)
                }
            }
        }
        }
    }
}
