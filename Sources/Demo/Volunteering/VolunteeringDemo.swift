import Vapor
import Fluent
import Domain
import App

/// The demo's volunteer assignments (28): from departments (homework help at the libraries,
/// walks at care homes, language cafés) and from verified associations, over most districts,
/// some for young people from 16, one remote, one closed early, one past its last day; and
/// volunteers who showed interest in every state: waiting, welcomed, not this time, taken back.
enum VolunteeringDemo {
    struct Example {
        var title: String
        /// A department's slug, or "association" for one of the verified associations (in turn).
        var organiser: String
        var group: TargetGroup
        var districts: [String]
        var place: String = ""
        var remote = false
        var timing: AssignmentTiming = .regular
        var schedule: String
        var effort: String
        var age = 0
        var languages = ""
        var extract = false
        var perks: [VolunteerPerk] = [.introduction, .insurance]
        var needed = 2
        var closesIn = 60
        var easyRead: String
        var closedEarly = false
    }

    static let examples: [Example] = [
        Example(title: "Läxhjälp på biblioteket", organiser: "kultur-och-fritidsforvaltningen", group: .children, districts: ["vivalla"],
                place: "Vivalla bibliotek", schedule: "Tisdagar 17–19", effort: "2 timmar i veckan", age: 16, languages: "svenska, arabiska, somaliska",
                extract: true, needed: 4, easyRead: "Hjälp barn med läxorna en gång i veckan."),
        Example(title: "Läxhjälp i Brickebacken", organiser: "kultur-och-fritidsforvaltningen", group: .children, districts: ["brickebacken"],
                place: "Brickebackens bibliotek", schedule: "Onsdagar 16–18", effort: "2 timmar i veckan", age: 16, extract: true, needed: 3,
                easyRead: "Hjälp barn i årskurs 4–9 med läxorna."),
        Example(title: "Promenadvän på Ängens äldreboende", organiser: "vard-och-omsorgsforvaltningen", group: .seniors, districts: ["adolfsberg"],
                place: "Ängens äldreboende", timing: .flexible, schedule: "Dagtid", effort: "1 timme i veckan", languages: "svenska, finska", needed: 6,
                easyRead: "Gå en promenad med en äldre person som inte kan gå ut själv."),
        Example(title: "Högläsning för äldre", organiser: "vard-och-omsorgsforvaltningen", group: .seniors, districts: ["centrum"],
                place: "Sörbyängens vård- och omsorgsboende", schedule: "Torsdagar 14–15", effort: "1 timme i veckan", needed: 2,
                easyRead: "Läs tidningen eller en bok högt för äldre."),
        Example(title: "Språkcafé på biblioteket", organiser: "kultur-och-fritidsforvaltningen", group: .newcomers, districts: ["centrum"],
                place: "Stadsbiblioteket", schedule: "Måndagar 17–19", effort: "2 timmar varannan vecka", age: 16, languages: "svenska",
                needed: 8, easyRead: "Prata svenska med personer som vill öva."),
        Example(title: "Fixare på fritidsgården", organiser: "kultur-och-fritidsforvaltningen", group: .youth, districts: ["oxhagen"],
                place: "Oxhagens fritidsgård", schedule: "Fredagar 18–22", effort: "4 timmar i månaden", age: 18, extract: true,
                easyRead: "Var en vuxen på fritidsgården på fredagskvällar."),
        Example(title: "Stöd vid Föreningarnas dag", organiser: "kultur-och-fritidsforvaltningen", group: .everyone, districts: ["centrum"],
                place: "Föreningarnas hus", timing: .once, schedule: "10–16", effort: "En dag", age: 16, perks: [.introduction], needed: 10,
                closesIn: 10, easyRead: "Hjälp till en dag: visa vägen, bär bord och häll upp kaffe."),
        Example(title: "Städdag i Varbergaskogen", organiser: "tekniska-forvaltningen", group: .everyone, districts: ["varberga"],
                timing: .once, schedule: "9–12", effort: "3 timmar", perks: [.insurance], needed: 30, closesIn: 20,
                easyRead: "Plocka skräp i skogen tillsammans. Vi bjuder på korv."),
        Example(title: "Digital fadder för seniorer", organiser: "kultur-och-fritidsforvaltningen", group: .seniors, districts: ["baronbackarna", "varberga"],
                place: "Biblioteken", schedule: "Onsdagar 10–12", effort: "2 timmar i veckan", age: 16, languages: "svenska, arabiska",
                easyRead: "Hjälp äldre att använda mobil och dator."),
        Example(title: "Telefonvän för den som är ensam", organiser: "socialforvaltningen", group: .adults, districts: [], remote: true,
                timing: .flexible, schedule: "", effort: "En halvtimme i veckan", age: 18, languages: "svenska, engelska", needed: 10,
                easyRead: "Ring en person som är ensam, en gång i veckan."),
        Example(title: "Kontaktperson för ensamkommande unga", organiser: "socialforvaltningen", group: .youth, districts: ["centrum"],
                timing: .flexible, schedule: "", effort: "Några timmar i månaden", age: 20, languages: "svenska, dari, arabiska", extract: true,
                perks: [.introduction, .insurance, .expenses], easyRead: "Var en vuxen som en ung person kan prata med och göra saker med."),
        Example(title: "Fritidsvän för barn med funktionsnedsättning", organiser: "funktionsstodsforvaltningen", group: .disabilities,
                districts: ["markbacken", "oxhagen"], timing: .flexible, schedule: "", effort: "2 timmar varannan vecka", age: 18, extract: true,
                perks: [.introduction, .insurance, .expenses], easyRead: "Gör roliga saker på fritiden med ett barn som behöver stöd."),
        Example(title: "Skolgårdsvärd på rasterna", organiser: "grundskoleforvaltningen", group: .children, districts: ["vivalla", "baronbackarna"],
                schedule: "Vardagar 11–13", effort: "2 timmar i veckan", age: 18, extract: true, needed: 6,
                easyRead: "Var en trygg vuxen på skolgården när barnen har rast."),
        Example(title: "Läsvän i förskolan", organiser: "forskoleforvaltningen", group: .children, districts: ["varberga"], schedule: "Fredagar 9–10",
                effort: "1 timme i veckan", age: 18, languages: "svenska, somaliska, tigrinja", extract: true,
                easyRead: "Läs böcker för små barn på förskolan."),
        Example(title: "Volontär på Glanshammars bygdegård", organiser: "association", group: .everyone, districts: ["glanshammar"],
                place: "Glanshammars bygdegård", timing: .flexible, schedule: "", effort: "När du kan", age: 16, perks: [.insurance],
                easyRead: "Hjälp till med fika, städning och fester i bygdegården."),
        Example(title: "Ledare på prova-på-fotboll", organiser: "association", group: .youth, districts: ["brickebacken"],
                place: "Brickebackens konstgräsplan", schedule: "Lördagar 10–12", effort: "2 timmar i veckan", age: 16, extract: true, needed: 4,
                easyRead: "Var med och led fotboll för barn och unga."),
        Example(title: "Samtalsstöd i NPF-föreningens chatt", organiser: "association", group: .families, districts: [], remote: true,
                schedule: "Tisdagar 19–21", effort: "2 timmar varannan vecka", age: 18, perks: [.introduction], needed: 3,
                easyRead: "Chatta med föräldrar som har barn med NPF."),
        Example(title: "Körvolontär på konserten", organiser: "association", group: .everyone, districts: ["centrum"], place: "Konserthuset",
                timing: .once, schedule: "17–22", effort: "En kväll", age: 16, perks: [], needed: 6, closesIn: 25,
                easyRead: "Ta emot publiken och hjälp till i kapprummet."),
        Example(title: "Stödperson i kvinnojouren", organiser: "association", group: .women, districts: ["centrum"], timing: .flexible, schedule: "",
                effort: "En kväll i veckan", age: 20, languages: "svenska, arabiska, persiska", extract: false,
                perks: [.introduction, .insurance], easyRead: "Stötta kvinnor som har det svårt. Du får en utbildning först."),
        Example(title: "Fikavärd på träffpunkten", organiser: "vard-och-omsorgsforvaltningen", group: .seniors, districts: ["odensbacken"],
                place: "Träffpunkt Odensbacken", schedule: "Tisdagar 13–15", effort: "2 timmar varannan vecka", perks: [.introduction],
                easyRead: "Koka kaffe och prata med äldre på träffpunkten."),
        Example(title: "Hjälp i second hand-butiken", organiser: "association", group: .everyone, districts: ["markbacken"], place: "Butiken i Markbacken",
                schedule: "Lördagar 10–14", effort: "4 timmar i månaden", age: 16, easyRead: "Sortera kläder och hjälp kunder i butiken."),
        Example(title: "Läxhjälp på distans", organiser: "kultur-och-fritidsforvaltningen", group: .youth, districts: [], remote: true,
                schedule: "Söndagar 18–20", effort: "2 timmar i veckan", age: 18, languages: "svenska, engelska", needed: 10,
                easyRead: "Hjälp gymnasieelever med läxor via video."),
        Example(title: "Guide i naturreservatet", organiser: "miljoforvaltningen", group: .everyone, districts: ["vintrosa"], place: "Kilsbergen",
                timing: .once, schedule: "10–15", effort: "En dag", easyRead: "Visa besökare runt i naturen en lördag i maj."),
        Example(title: "Mentor för unga som söker jobb", organiser: "gymnasie-och-arbetsmarknadsforvaltningen", group: .youth, districts: ["vivalla", "varberga"],
                timing: .flexible, schedule: "", effort: "1 timme varannan vecka", age: 20, languages: "svenska, arabiska, somaliska",
                easyRead: "Träffa en ung person och hjälp med CV och jobbsökande."),
        Example(title: "Cykelkompis", organiser: "vard-och-omsorgsforvaltningen", group: .seniors, districts: ["bettorp", "axberg"],
                timing: .flexible, schedule: "Sommar", effort: "1 timme i veckan", age: 18, perks: [.introduction, .insurance],
                easyRead: "Cykla med en äldre person i vår tandemcykel."),
        Example(title: "Värd på Garphyttans bibliotek", organiser: "kultur-och-fritidsforvaltningen", group: .everyone, districts: ["garphyttan"],
                place: "Garphyttans bibliotek", schedule: "Lördagar 10–13", effort: "3 timmar i månaden", age: 16,
                easyRead: "Håll biblioteket öppet på lördagar tillsammans med andra."),
        Example(title: "Matutdelning i vinter", organiser: "association", group: .everyone, districts: ["oxhagen"], place: "Oxhagens kyrka",
                schedule: "Torsdagar 16–18", effort: "2 timmar i veckan", age: 16, needed: 5, easyRead: "Dela ut matkassar till familjer.",
                closedEarly: true),
        Example(title: "Julmarknad i Axberg", organiser: "association", group: .everyone, districts: ["axberg"], place: "Axbergs bygdegård",
                timing: .once, schedule: "11–15", effort: "En dag", needed: 4, closesIn: -20, easyRead: "Hjälp till på julmarknaden."),
    ]

    /// The volunteers who showed interest in the first assignments: every state, some only by phone.
    static let volunteers: [(name: String, email: String, phone: String, status: InterestStatus)] = [
        ("Amina Volontär (exempel)", "amina.volontar@demo.samverka.example", "", .new),
        ("Erik Volontär (exempel)", "erik.volontar@demo.samverka.example", "070-111 22 33", .welcomed),
        ("Fatima Volontär (exempel)", "", "070-444 55 66", .new),
        ("Johan Volontär (exempel)", "johan.volontar@demo.samverka.example", "", .declined),
        ("Sara Volontär (exempel)", "sara.volontar@demo.samverka.example", "", .withdrawn),
    ]

    static func seed(_ app: Application) async throws {
        let departments = Dictionary(uniqueKeysWithValues: try await Department.query(on: app.db).all().map { ($0.slug, $0.typedID) })
        let districts = Dictionary(uniqueKeysWithValues: try await District.query(on: app.db).all().map { ($0.slug, $0.id!) })
        let associations = try await Association.query(on: app.db).filter(\.$status == .verified).sort(\.$name).limit(8).all().map(\.typedID)
        let today = CalendarDay(app.wallClock.now)
        try await app.change(label: "demo") { change in
            for (index, example) in examples.enumerated() {
                let organiser: Party?
                if example.organiser == "association" {
                    let turn = examples[..<index].filter { $0.organiser == "association" }.count
                    organiser = associations.isEmpty ? nil : .association(associations[turn % associations.count])
                } else {
                    organiser = departments[example.organiser].map(Party.department)
                }
                guard let organiser else { continue }
                let closes = today.adding(days: example.closesIn)
                let draft = AssignmentDraft(
                    organiser: organiser, title: example.title, summary: example.easyRead, easyRead: example.easyRead, targetGroup: example.group,
                    districts: example.districts.compactMap { districts[$0].map(DistrictID.init) }, place: example.place, remote: example.remote,
                    timing: example.timing, day: example.timing == .once ? closes.adding(days: 3) : nil, schedule: example.schedule,
                    effort: example.effort, minimumAge: example.age, languages: example.languages, needsRecordExtract: example.extract,
                    perks: example.perks, needed: example.needed, closes: closes, contactName: "Alex Holm (exempel)",
                    contactEmail: EmailAddress("volontar@demo.samverka.example")!)
                let assignment = VolunteerAssignment()
                assignment.apply(draft)
                assignment.slug = try await Slug.unique(draft.title, on: change.db, in: VolunteerAssignment.self)
                if example.closedEarly { assignment.closedAt = change.now }
                // Two associations offer their assignment as a day with civil society for the municipality's staff.
                assignment.forStaff = ["Hjälp i second hand-butiken", "Volontär på Glanshammars bygdegård"].contains(example.title)
                try await assignment.create(on: change.db)
                try await draft.districts.map { VolunteerAssignmentDistrict(assignmentID: assignment.id!, districtID: $0.uuid) }.create(on: change.db)
                // The first three assignments have volunteers in every state.
                if index < 3 {
                    for (n, person) in volunteers.enumerated() {
                        let interest = VolunteerInterest(assignmentID: assignment.id!, draft: InterestDraft(
                            name: person.name, email: EmailAddress(person.email), phone: person.phone, message: "Jag vill gärna hjälpa till."),
                            token: SecureToken.make(), at: change.now.addingTimeInterval(Double(n - 100)))
                        interest.status = person.status
                        if person.status == .welcomed || person.status == .declined {
                            interest.answeredAt = change.now
                            interest.answer = person.status == .welcomed ? "Välkommen! Vi ringer dig." : "Vi har fått tillräckligt många den här gången."
                        }
                        if person.status == .withdrawn { interest.forget(at: change.now) }
                        try await interest.create(on: change.db)
                    }
                }
                try await change.audit("volunteering.create", "volunteer_assignment", assignment.id!.uuidString, "demo: \(draft.title)")
            }
        }
    }
}
