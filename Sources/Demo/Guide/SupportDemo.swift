import Vapor
import Fluent
import Domain
import App

/// The demo's support catalogue: 24 made-up offerings from the demo departments, covering every
/// kind of support and every step of the ladder, in plain Swedish with easy-to-read summaries.
enum SupportDemo {
    struct Seed {
        var department: String
        var kind: SupportKind
        var step: LadderStep
        var title: String
        var easyRead: String
        var summary: String
        var conditions = ""
        var joined = false
        var orgNumber = false
        var apply = "Kontakta förvaltningen och berätta vad ni vill göra.\nVi hör av oss inom fem arbetsdagar."
        /// Where one applies or books, when it is elsewhere.
        var url = ""
        var deadline: (Int, Int)? = nil
        var categories: [AssociationCategory] = []
    }

    static let kof = "kultur-och-fritidsforvaltningen"
    static let seeds: [Seed] = [
        Seed(department: kof, kind: .grant, step: .information, title: "Bidrag för sommarlovsaktiviteter",
             easyRead: "Ni kan få pengar för att göra roliga saker med barn på sommarlovet. Aktiviteten ska vara gratis.",
             summary: "Bidraget går till aktiviteter för barn och unga 6–15 år under sommarlovet. Det täcker material, resor och ledare.",
             conditions: "Aktiviteten ska vara gratis och öppen för alla barn.", orgNumber: false,
             apply: "Fyll i ansökan på kommunens webbplats.\nBeskriv aktiviteten, hur många barn som kan vara med och vad det kostar.\nSkicka in före sista dagen.",
             url: "https://www.orebro.example/sommarlovsbidrag",
             deadline: (4, 15), categories: [.youth, .sport, .culture, .education, .other]),
        Seed(department: kof, kind: .grant, step: .information, title: "Aktivitetsbidrag",
             easyRead: "Föreningar som har aktiviteter för barn och unga kan få pengar varje år.",
             summary: "Bidraget räknas på hur många aktiviteter ni har för deltagare 7–25 år.",
             conditions: "Föreningen ska ha minst tio medlemmar och ha haft årsmöte.", orgNumber: true,
             apply: "Rapportera era aktiviteter i bokningssystemet.\nAnsök två gånger om året.", url: "https://bokning.orebro.example/aktivitetsstod",
             deadline: (8, 25), categories: [.sport, .youth, .culture]),
        Seed(department: kof, kind: .grant, step: .information, title: "Startbidrag för nya föreningar",
             easyRead: "Ny förening? Ni kan få en liten summa pengar för att komma igång.",
             summary: "Ett engångsbidrag till föreningar som bildats under de senaste två åren.", orgNumber: false,
             apply: "Skicka stadgar och protokoll från första mötet.\nVi betalar ut inom en månad."),
        Seed(department: kof, kind: .grant, step: .partnership, title: "Verksamhetsbidrag för föreningar i överenskommelsen",
             easyRead: "Föreningar som gått med i överenskommelsen kan få pengar till sin verksamhet under flera år.",
             summary: "Ett bidrag för tre år i taget till föreningar som bidrar till kommunens mål för ett hållbart Örebro.",
             conditions: "Föreningen ska ha gått med i överenskommelsen.", joined: true, orgNumber: true, deadline: (10, 1)),
        Seed(department: kof, kind: .premises, step: .information, title: "Boka lokal i fritidsgård eller skola",
             easyRead: "Ni kan hyra en lokal billigt på kvällar och helger.",
             summary: "Fritidsgårdar, skolor och idrottshallar hyrs ut till föreningar på kvällar och helger till låg kostnad.",
             apply: "Boka i kommunens bokningssystem.\nFöreningar för barn och unga får lägre pris.",
             url: "https://bokning.orebro.example/lokaler"),
        Seed(department: "orebrobostader", kind: .premises, step: .dialogue, title: "Gårdslokaler i bostadsområden",
             easyRead: "Föreningar kan låna en lokal på gården i vissa bostadsområden.",
             summary: "ÖBO lånar ut gårdslokaler till föreningar som gör något för de boende i området.",
             conditions: "Aktiviteten ska vara öppen för de boende.", categories: [.tenants, .integration, .social, .youth]),
        Seed(department: kof, kind: .eventHelp, step: .dialogue, title: "Hjälp att ordna ett evenemang",
             easyRead: "Vi hjälper er att planera ett evenemang: tillstånd, plats och material.",
             summary: "Evenemangsstödet ger råd om tillstånd, lånar ut scen, tält och ljud och hjälper till med marknadsföring."),
        Seed(department: "tekniska-forvaltningen", kind: .eventHelp, step: .information, title: "Låna soptunnor och avspärrningar",
             easyRead: "Ni kan låna soptunnor och staket till ert evenemang utomhus.",
             summary: "Tekniska förvaltningen lånar ut soptunnor, avspärrningar och skyltar till evenemang på allmän plats."),
        Seed(department: "kommunstyrelseforvaltningen", kind: .training, step: .information, title: "Kurs: så söker ni bidrag",
             easyRead: "En kväll där ni lär er att söka bidrag. Det är gratis.",
             summary: "En kvällskurs om kommunens bidrag, hur ansökan skrivs och vad som gör den tydlig."),
        Seed(department: "socialforvaltningen", kind: .training, step: .dialogue, title: "Utbildning om att möta personer i kris",
             easyRead: "Lär er hur ni kan hjälpa någon som mår dåligt.",
             summary: "En utbildning för ledare i föreningar om att upptäcka och stödja personer i kris och var man kan få hjälp.",
             categories: [.social, .faith, .youth, .sport]),
        Seed(department: "kommunstyrelseforvaltningen", kind: .advice, step: .information, title: "Föreningsrådgivning",
             easyRead: "Har ni frågor om att driva en förening? Ring oss.",
             summary: "Rådgivning om stadgar, årsmöten, ekonomi och organisationsnummer för nya och små föreningar."),
        Seed(department: "miljoforvaltningen", kind: .advice, step: .information, title: "Råd om odling och naturvård",
             easyRead: "Vi ger råd om att odla och ta hand om naturen.",
             summary: "Miljöförvaltningen ger råd till föreningar som vill odla, plantera eller vårda naturområden.",
             categories: [.environment]),
        Seed(department: "stadsbyggnadsforvaltningen", kind: .consultation, step: .consultation, title: "Säg vad ni tycker om nya detaljplaner",
             easyRead: "När kommunen planerar nya hus eller vägar kan ni säga vad ni tycker.",
             summary: "Föreningar kan anmäla sig för att få veta när en detaljplan i deras område ska tas fram, så att de kan svara i tid."),
        Seed(department: "grundskoleforvaltningen", kind: .consultation, step: .consultation, title: "Samråd om skolans planer för elever med NPF",
             easyRead: "Föreningar som kan NPF får tycka till om skolans planer.",
             summary: "Grundskoleförvaltningen bjuder in föreningar med kunskap om NPF till samråd om stöd i skolan.",
             categories: [.disability, .education]),
        Seed(department: "vard-och-omsorgsforvaltningen", kind: .consultation, step: .consultation, title: "Äldrerådet: var med och tyck",
             easyRead: "Seniorföreningar kan vara med i kommunens äldreråd.",
             summary: "Pensionärsföreningar utser ledamöter till äldrerådet som tycker till om äldreomsorgen.", joined: true,
             categories: [.seniors]),
        Seed(department: "funktionsstodsforvaltningen", kind: .consultation, step: .dialogue, title: "Funktionsrättsrådet",
             easyRead: "Föreningar för personer med funktionsnedsättning träffar kommunen fyra gånger om året.",
             summary: "Rådet är en plats för dialog mellan kommunen och funktionsrättsföreningar.", categories: [.disability]),
        Seed(department: kof, kind: .projectCooperation, step: .dialogue, title: "Lovaktiviteter tillsammans med fritidsgårdarna",
             easyRead: "Gör aktiviteter på loven tillsammans med en fritidsgård.",
             summary: "Fritidsgårdarna planerar loven tillsammans med föreningar i området.", categories: [.youth, .sport, .culture]),
        Seed(department: "gymnasie-och-arbetsmarknadsforvaltningen", kind: .projectCooperation, step: .dialogue,
             title: "Arbetsträning i föreningar",
             easyRead: "Er förening kan ta emot personer som tränar på att arbeta.",
             summary: "Föreningar med till exempel kafé eller second hand kan ta emot deltagare i arbetsträning, med handledning.",
             orgNumber: true, categories: [.integration, .social, .other]),
        Seed(department: "socialforvaltningen", kind: .projectCooperation, step: .dialogue, title: "Samarbete om stöd till familjer",
             easyRead: "Arbeta ihop med socialtjänsten för att hjälpa familjer.",
             summary: "Socialförvaltningen samarbetar med föreningar om föräldrastöd och mötesplatser för familjer.",
             categories: [.social, .integration, .faith]),
        Seed(department: "socialforvaltningen", kind: .partnership, step: .partnership, title: "Idéburet offentligt partnerskap (IOP) mot våld",
             easyRead: "Ett långt avtal med kommunen om att hjälpa personer som utsätts för våld.",
             summary: "Ett IOP är ett avtal där föreningen och kommunen tillsammans driver en verksamhet under flera år.",
             conditions: "Föreningen ska ha gått med i överenskommelsen och ha erfarenhet av arbetet.", joined: true, orgNumber: true,
             categories: [.social]),
        Seed(department: kof, kind: .partnership, step: .partnership, title: "IOP för mötesplatser i bostadsområden",
             easyRead: "Driv en mötesplats i ert område tillsammans med kommunen, under flera år.",
             summary: "Partnerskap med föreningar som driver öppna mötesplatser för alla åldrar.", joined: true, orgNumber: true),
        Seed(department: "vard-och-omsorgsforvaltningen", kind: .partnership, step: .partnership, title: "Partnerskap om sociala aktiviteter för äldre",
             easyRead: "Ordna träffar för äldre tillsammans med kommunen.",
             summary: "Ett partnerskap där föreningar ordnar sociala aktiviteter på träffpunkter för äldre.", joined: true, orgNumber: true,
             categories: [.seniors]),
        Seed(department: "kommunstyrelseforvaltningen", kind: .reservedProcurement, step: .partnership,
             title: "Upphandlingar reserverade för idéburna organisationer",
             easyRead: "Vissa uppdrag från kommunen kan bara idéburna föreningar lämna anbud på.",
             summary: "Sedan 2023 kan kommunen reservera upphandlingar för idéburna organisationer. Här berättar vi vilka som är på gång.",
             orgNumber: true),
        Seed(department: "funktionsstodsforvaltningen", kind: .reservedProcurement, step: .partnership, title: "Daglig verksamhet i idéburen regi",
             easyRead: "Föreningar kan driva daglig verksamhet för personer med funktionsnedsättning.",
             summary: "En reserverad upphandling av daglig verksamhet, för organisationer utan vinstsyfte.", orgNumber: true,
             categories: [.disability]),
    ]

    static func seed(_ app: Application) async throws {
        let departments = Dictionary(uniqueKeysWithValues: try await Department.query(on: app.db).all().map { ($0.slug, $0) })
        let year = CalendarDay(app.wallClock.now).year
        try await app.change(label: "demo") { change in
            for seed in seeds {
                guard let department = departments[seed.department] else { continue }
                let draft = SupportDraft(
                    title: seed.title, kind: seed.kind, step: seed.step, summary: seed.summary, easyRead: seed.easyRead,
                    conditions: seed.conditions, requiresJoined: seed.joined, requiresOrgNumber: seed.orgNumber, howToApply: seed.apply,
                    deadline: seed.deadline.map { CalendarDay(year + 1, $0.0, $0.1) }, externalURL: seed.url, categories: seed.categories,
                    published: true, departmentID: department.typedID)
                try await SupportStore.apply(draft, to: SupportOffering(), on: change.db)
            }
            try await change.audit("demo.seed", "support", "demo", "\(seeds.count) example support offerings")
        }
    }
}
