import Vapor
import Fluent
import Domain
import App

/// The demo's calls for partners: Grundskoleförvaltningen asks for NPF knowledge (sent to its
/// best matches; one answer chosen, its project started, one waiting), and a closed call whose
/// answer was declined with a reason. The demo representative's NPF association has not answered,
/// so answering can be tried.
enum CallsDemo {
    static func seed(_ app: Application) async throws {
        let departments = Dictionary(uniqueKeysWithValues: try await Department.query(on: app.db).all().map { ($0.slug, $0) })
        guard let schools = departments["grundskoleforvaltningen"], let culture = departments["kultur-och-fritidsforvaltningen"] else { return }
        let member = try await User.query(on: app.db).filter(\.$email == DemoAccounts.representativeEmail).first()
        let mine = Set(member == nil ? [] : try await Representative.query(on: app.db).filter(\.$user.$id == member!.id!).all().map { $0.$association.id })
        let today = CalendarDay(app.wallClock.now)
        try await app.change(label: "demo") { change in
            let npf = CallDraft(
                title: "Vi söker föreningar med kunskap om NPF", summary: "Grundskolorna ska bli NPF-säkra. Vi söker föreningar som kan "
                    + "utbilda personal och berätta hur elever med NPF har det i skolan.",
                easyRead: "Skolan vill lära sig mer om NPF, till exempel adhd och autism. Kan er förening hjälpa till?",
                competences: ["npf", "autism"], categories: [.disability], targetGroups: [.children], form: .partnership, money: true,
                closes: CalendarDay(dayNumber: today.dayNumber + 30), contactName: "Eva Lind (exempel)",
                contactEmail: "npf@demo.samverka.example", departmentID: schools.typedID)
            let call = Call()
            try await CallStore.apply(npf, to: call, on: change.db)
            try await change.audit("call.create", "call", call.id!.uuidString, "demo: \(npf.title)")
            let matches = CallMatching.rank(try await CallStore.candidates(for: npf.needs, on: change.db), for: npf.needs)
                .filter { !mine.contains($0.association.uuid) }.prefix(3)
            for match in matches {
                try await CallSending(callID: call.id!, associationID: match.association.uuid, at: change.now).create(on: change.db)
            }
            for (index, match) in matches.prefix(2).enumerated() {
                let answer = CallAnswer(callID: call.id!, associationID: match.association.uuid, authorID: nil, draft: CallAnswerDraft(
                    what: index == 0 ? "Vi håller en halvdag om NPF för lärare och elevhälsa, med föräldrar som berättar."
                        : "Vi kan komma till skolorna och prata med elever om autism.",
                    who: index == 0 ? "Två utbildare från föreningen" : "Tre volontärer", when: "Under vårterminen"), at: change.now)
                try await answer.create(on: change.db)
                if index == 0 {
                    answer.status = .chosen
                    answer.decidedAt = change.now
                    answer.$project.id = try await CallAnswerController.startProject(from: call, answer: answer, author: "Eva Lind (exempel)",
                                                                                       change: change).id
                    try await answer.update(on: change.db)
                }
                try await change.audit("call.answer", "call_answer", answer.id!.uuidString, "demo")
            }
            let summer = CallDraft(
                title: "Föreningar som vill ordna sommarlovsaktiviteter", summary: "Vi söker föreningar som vill ordna gratis aktiviteter för barn.",
                easyRead: "Vill er förening ordna roliga saker för barn på sommarlovet?", competences: ["ledarskap"], categories: [.sport, .youth],
                targetGroups: [.children], form: .dialogue, money: true, premises: true, closes: today,
                contactName: "Omar Said (exempel)", departmentID: culture.typedID)
            let closed = Call()
            try await CallStore.apply(summer, to: closed, on: change.db)
            closed.closesOn = CalendarDay(dayNumber: today.dayNumber - 40).description
            try await closed.update(on: change.db)
            try await change.audit("call.create", "call", closed.id!.uuidString, "demo: \(summer.title)")
        }
    }
}
