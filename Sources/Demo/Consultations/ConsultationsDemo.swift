import Vapor
import Fluent
import Domain
import App

/// The demo's consultations, dated around the first start so every state shows: planned (the
/// detailed plan for Bettorp, announced early so the shooting club sees it coming), open (the
/// school's NPF plan, a playground), closed, and one with its compilation published.
enum ConsultationsDemo {
    struct Seed {
        var department: String
        var title: String
        var caseNumber: String
        var easyRead: String
        var summary: String
        var questions: String
        var days: (announced: Int, opens: Int, closes: Int)
        var districts: [String] = []
        var categories: [AssociationCategory] = []
        var compilation = ""
    }

    static let seeds: [Seed] = [
        Seed(department: "stadsbyggnadsforvaltningen", title: "Detaljplan för bostäder vid Bettorp", caseNumber: "SBN 2026/118",
             easyRead: "Kommunen vill bygga bostäder nära skjutbanan i Bettorp. Säg vad ni tycker innan planen görs.",
             summary: "Planen gäller marken norr om Bettorps skjutbana. Vi vill veta hur föreningar i området använder marken idag.",
             questions: "Hur använder er förening området idag?\nVad behöver ni för att kunna fortsätta?", days: (-20, 20, 60),
             districts: ["Bettorp"], categories: [.sport, .environment]),
        Seed(department: "vard-och-omsorgsforvaltningen", title: "Översyn av mötesplatser för äldre", caseNumber: "VON 2026/77",
             easyRead: "Kommunen ska se över mötesplatserna för äldre. Ni får tycka till i vår.",
             summary: "Vi ser över öppettider och innehåll på kommunens träffpunkter och vill höra seniorföreningarna.",
             questions: "Vad fungerar bra idag?\nVad saknar era medlemmar?", days: (0, 45, 90), categories: [.seniors]),
        Seed(department: "grundskoleforvaltningen", title: "Plan för elever med NPF i grundskolan", caseNumber: "GRN 2026/342",
             easyRead: "Skolan gör en plan för elever med NPF, till exempel adhd och autism. Vad tycker er förening?",
             summary: "Förslaget beskriver hur skolorna ska anpassa undervisning och miljö för elever med neuropsykiatriska funktionsnedsättningar.",
             questions: "Vad saknas i förslaget?\nHur kan skolan och föreningarna samarbeta?", days: (-30, -10, 14), categories: [.disability, .education]),
        Seed(department: "tekniska-forvaltningen", title: "Ny lekplats i Vivalla", caseNumber: "TN 2026/55",
             easyRead: "Det ska byggas en ny lekplats i Vivalla. Hjälp oss välja vad den ska ha.",
             summary: "Tre förslag på utformning finns. Vi vill veta vilket som passar barnen i området bäst.",
             questions: "Vilket förslag tycker ni om?\nVad behöver lekplatsen för att alla barn ska kunna leka där?", days: (-12, -5, 25),
             districts: ["Vivalla"], categories: [.youth, .tenants]),
        Seed(department: "kultur-och-fritidsforvaltningen", title: "Kulturpolitiskt program 2027–2030", caseNumber: "KFN 2026/203",
             easyRead: "Kommunen har skrivit ett program för kulturen de kommande åren. Samrådet är slut.",
             summary: "Programmet beskriver mål för kulturlivet, stödet till kulturföreningar och nya mötesplatser.",
             questions: "Vad tycker ni om målen?", days: (-70, -50, -5), categories: [.culture]),
        Seed(department: "kultur-och-fritidsforvaltningen", title: "Nya riktlinjer för föreningsbidrag", caseNumber: "KFN 2026/41",
             easyRead: "Kommunen har ändrat reglerna för föreningsbidrag. Här står vad som kom in och vad vi gjorde.",
             summary: "Förslaget gällde hur aktivitetsbidrag räknas och vilka krav som ställs på föreningar.",
             questions: "Är reglerna tydliga?", days: (-150, -120, -80), categories: [.sport, .youth, .culture],
             compilation: "## Vad som kom in\nTre föreningar svarade här i Samverka, och ytterligare tjugo lämnade synpunkter på två dialogmöten. De flesta ville ha enklare blanketter och fler ansökningstillfällen.\n\n## Hur vi tog hand om det\n- Blanketten är kortare och går att fylla i på mobilen.\n- Det går att söka två gånger om året.\n\n## Beslut\nKultur- och fritidsnämnden beslutade den 12 september (KFN 2026/41)."),
    ]

    static func seed(_ app: Application) async throws {
        let departments = Dictionary(uniqueKeysWithValues: try await Department.query(on: app.db).all().map { ($0.slug, $0) })
        let districts = Dictionary(uniqueKeysWithValues: try await District.query(on: app.db).all().map { ($0.name, $0.typedID) })
        let today = CalendarDay(app.wallClock.now)
        try await app.change(label: "demo") { change in
            for seed in seeds {
                guard let department = departments[seed.department] else { continue }
                let draft = ConsultationDraft(
                    title: seed.title, caseNumber: seed.caseNumber, summary: seed.summary, easyRead: seed.easyRead,
                    questions: seed.questions.split(whereSeparator: \.isNewline).map(String.init),
                    districtIDs: seed.districts.compactMap { districts[$0] }, categories: seed.categories,
                    dates: ConsultationDates(announced: today.adding(days: seed.days.announced), opens: today.adding(days: seed.days.opens),
                                             closes: today.adding(days: seed.days.closes)),
                    departmentID: department.typedID)
                let consultation = Consultation()
                try await ConsultationStore.apply(draft, to: consultation, on: change.db)
                if !seed.compilation.isEmpty {
                    consultation.compilation = seed.compilation
                    consultation.compiledAt = today.adding(days: seed.days.closes + 20).start
                    try await consultation.update(on: change.db)
                }
            }
            try await change.audit("demo.seed", "consultation", "demo", "\(seeds.count) example consultations")
        }
    }
}
