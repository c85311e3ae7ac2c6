import Vapor
import Fluent
import Domain
import App

/// The demo's cooperation council: nine members — five from the associations, four from the
/// municipality — each keeping in touch with a few categories and districts; six news items over
/// the past half year; four meetings held, with agendas, minutes and attendance, and one coming.
enum CouncilDemo {
    static let members: [(String, CouncilSide, String, String, [AssociationCategory], [Int])] = [
        ("Amina Yusuf", .associations, "Vivalla IF", "Ordförande", [.sport, .youth], [0]),
        ("Lars Berg", .associations, "Örebro läns idrottsförbund", "Ledamot", [.sport], [1, 2]),
        ("Sofia Karlsson", .associations, "Kulturföreningen Gnistan", "Ledamot", [.culture, .education], [3]),
        ("Mehmet Demir", .associations, "Föreningen Ny i Sverige", "Ledamot", [.integration, .faith], [4]),
        ("Birgitta Holm", .associations, "PRO Örebro", "Ledamot", [.seniors, .disability, .social], [5]),
        ("Erik Lind", .municipality, "Kommunstyrelsen", "Vice ordförande", [.tenants, .environment], [6]),
        ("Hanna Sjöberg", .municipality, "Kultur- och fritidsnämnden", "Ledamot", [.other], [7]),
        ("Johan Ek", .municipality, "Socialförvaltningen", "Ledamot", [], [8, 9]),
        ("Maria Nilsson", .municipality, "Samordnaren för överenskommelsen", "Sekreterare", [], []),
    ]

    static let news: [(String, String, String)] = [
        ("Rådet besöker Föreningarnas dag i Vivalla", "Rådet har ett bord på Föreningarnas dag. Kom och berätta vad din förening behöver.",
         "Rådet kommer till Vivalla. Kom och prata med oss."),
        ("Årets uppföljning är klar", "Uppföljningen visar att fler frågor får svar i tid, men att små föreningar sällan bjuds in till samråd.",
         "Vi har räknat hur det går. Fler får svar i tid. Små föreningar behöver bli inbjudna oftare."),
        ("Ny handlingsplan börjar gälla", "Handlingsplanen för de kommande två åren har åtta åtgärder. Varje åtgärd har en ansvarig.",
         "Det finns en ny plan. Den säger vad vi ska göra de närmaste två åren."),
        ("Utbildning om överenskommelsen för nämnderna", "Alla nämnder erbjuds en timmes utbildning om överenskommelsen under hösten.",
         "Politikerna i nämnderna får lära sig om överenskommelsen."),
        ("Så kan din förening bli volontärvärd", "Nu kan föreningar lägga ut volontäruppdrag på Samverka. Rådet tipsar om hur.",
         "Din förening kan be om volontärer här på Samverka."),
        ("Rådet söker ledamöter från föreningslivet", "Två platser blir lediga vid årsskiftet. Föreningar kan nominera fram till den 15 januari.",
         "Vill du sitta i rådet? Din förening kan föreslå dig."),
    ]

    static func seed(_ app: Application) async throws {
        let districts = try await District.query(on: app.db).sort(\.$position).sort(\.$name).all()
        let now = app.wallClock.now
        let today = CalendarDay(now)
        try await app.change(label: "demo") { change in
            var seated: [UUID] = []
            for (position, row) in members.enumerated() {
                let member = CouncilMember()
                member.position = position
                let email = SlugText.make(row.0).replacingOccurrences(of: "-", with: ".") + "@demo.samverka.example"
                member.apply(CouncilMemberDraft(name: row.0, side: row.1, represents: row.2, task: row.3, email: EmailAddress(email),
                                                categories: row.4, districts: row.5.filter { $0 < districts.count }.map { districts[$0].typedID }))
                try await member.create(on: change.db)
                try await change.audit("council.member", "council_member", member.id!.uuidString, "demo")
                seated.append(member.id!)
            }
            for (index, item) in news.enumerated() {
                let row = CouncilNews()
                row.apply(CouncilNewsDraft(title: item.0, summary: item.1, easyRead: item.2,
                                           body: "\(item.1)\n\nHar du frågor? Skriv till rådets sekreterare eller till en ledamot som håller kontakt med din sorts förening."))
                row.slug = SlugText.make(item.0)
                row.publishedAt = now.addingTimeInterval(-Double(5 + index * 27) * 86_400)
                try await row.create(on: change.db)
                try await change.audit("council.news", "council_news", row.id!.uuidString, "demo")
            }
            let topics = ["Årets uppföljning", "Handlingsplanen", "Föreningarnas dag i stadsdelarna", "Volontärer och civilsamhällesdagar"]
            for (index, topic) in topics.enumerated() {
                let meeting = CouncilMeeting()
                meeting.apply(MeetingDraft<CouncilMemberID>(
                    day: today.adding(days: -(20 + index * 90)), place: index % 2 == 0 ? "Stadshuset, sal A" : "Medborgarhuset Vivalla",
                    agenda: "- Välkommen\n- \(topic)\n- Frågor från föreningar\n- Nästa möte",
                    minutes: "Rådet gick igenom \(topic.lowercased()). Ledamöterna tar med frågan till föreningarna de håller kontakt med."))
                try await meeting.create(on: change.db)
                for (position, member) in seated.enumerated() where (position + index) % 5 != 0 {
                    try await CouncilAttendance(meetingID: meeting.id!, memberID: member).create(on: change.db)
                }
                try await change.audit("council.meeting", "council_meeting", meeting.id!.uuidString, "demo")
            }
            let coming = CouncilMeeting()
            coming.apply(MeetingDraft<CouncilMemberID>(day: today.adding(days: 35), place: "Stadshuset, sal A",
                                                       agenda: "- Välkommen\n- Nya ledamöter\n- Årets enkät\n- Övrigt"))
            try await coming.create(on: change.db)
            try await change.audit("council.meeting", "council_meeting", coming.id!.uuidString, "demo")
        }
    }
}
