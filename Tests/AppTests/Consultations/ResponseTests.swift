@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Consultations: answers — drafts, submitting, versions, the deadline, one per association")
struct ResponseTests {
    /// The culture department's consultation: open from today (Monday 16 November) to Wednesday 18th.
    static func open(_ ctx: TestApp.Context) async throws -> Consultation {
        let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
        let staff = try await ctx.signedIn(Demo.staff)
        try await staff.submit("/handlaggning/samrad/ny", ConsultationTests.fields(culture, announced: "2026-11-16", opens: "2026-11-16", closes: "2026-11-18"))
        return try #require(try await Consultation.query(on: ctx.app.db).filter(\.$caseNumber == "KFN 2026/999").first())
    }

    static func versions(_ ctx: TestApp.Context, _ consultation: Consultation) async throws -> [ConsultationResponseVersion] {
        try await ConsultationResponseVersion.query(on: ctx.app.db)
            .join(ConsultationResponse.self, on: \ConsultationResponseVersion.$response.$id == \ConsultationResponse.$id)
            .filter(ConsultationResponse.self, \.$consultation.$id == consultation.id!).sort(\.$number).all()
    }

    static func answer(_ association: Association, _ text: String, intent: String = "submit") -> [String: String] {
        ["som": association.id!.uuidString.lowercased(), "answer1": text, "intent": intent]
    }

    @Test("a representative saves a draft, submits, changes it (versions kept); the text is public only after closing")
    func draftSubmitChange() async throws {
        try await TestApp.run { ctx in
            let consultation = try await Self.open(ctx)
            let club = try await ctx.association("Glanshammars IF", category: .sport, representative: Demo.member)
            let rep = try await ctx.signedIn(Demo.member)
            let path = "/samrad/\(consultation.slug)/svar"
            let form = try await rep.get(path + "?som=\(club.id!.uuidString.lowercased())")
            #expect(form.status == .ok && form.body.string.contains("allmänna handlingar") && form.body.string.contains("Var ska den ligga?"))
            #expect(try await rep.post(path, Self.answer(club, "Vid skolan.", intent: "draft")).status == .seeOther)
            let stored = try #require(try await ConsultationResponse.query(on: ctx.app.db).filter(\.$consultation.$id == consultation.id!).first())
            #expect(stored.submittedAt == nil && stored.draftSavedAt != nil)
            #expect(try await Self.versions(ctx, consultation).isEmpty)
            try await rep.get(path + "?som=\(club.id!.uuidString.lowercased())")
            #expect(try await rep.post(path, Self.answer(club, "")).status == .unprocessableEntity) // nothing written
            try await rep.get(path + "?som=\(club.id!.uuidString.lowercased())")
            #expect(try await rep.post(path, Self.answer(club, "Vid skolan, nära bussen.")).status == .seeOther)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject.contains("Ert svar är skickat") })
            try await rep.get(path + "?som=\(club.id!.uuidString.lowercased())")
            #expect(try await rep.post(path, Self.answer(club, "Vid skolan, nära bussen och cykelvägen.")).status == .seeOther)
            #expect(try await ConsultationResponse.query(on: ctx.app.db).filter(\.$consultation.$id == consultation.id!).count() == 1)
            let versions = try await Self.versions(ctx, consultation)
            #expect(versions.map(\.number) == [1, 2] && versions[0].answers.contains("nära bussen.\""))
            // While open: counted, not shown
            let during = try await ctx.browser().get("/samrad/\(consultation.slug)").body.string
            #expect(during.contains("Inkomna svar (1)") && !during.contains("cykelvägen"))
            let api = try await ctx.json("/api/v1/consultations?status=open")
            let items = try #require((api.body as? [String: Any])?["items"] as? [[String: Any]])
            #expect(items.first { $0["caseNumber"] as? String == "KFN 2026/999" }?["responseCount"] as? Int == 1)
            ctx.clock.advance(by: 3 * 86_400)
            let after = try await ctx.browser().get("/samrad/\(consultation.slug)").body.string
            #expect(after.contains("Glanshammars IF") && after.contains("cykelvägen") && after.contains("ändrat 1 gånger"))
        }
    }

    @Test("choosing another association to answer for keeps what was typed and saves nothing")
    func switching() async throws {
        try await TestApp.run { ctx in
            let consultation = try await Self.open(ctx)
            let club = try await ctx.association("Glanshammars IF", category: .sport, representative: Demo.member)
            let rep = try await ctx.signedIn(Demo.member)
            let path = "/samrad/\(consultation.slug)/svar"
            let form = try await rep.get(path)
            #expect(form.body.string.contains("name=\"som\" id=\"field-som-1\"") && form.body.string.contains("value=\"switch\""))
            let switched = try await rep.post(path, ["som": club.id!.uuidString.lowercased(), "answer1": "Vid skolan, inte vid kyrkan.",
                                                     "intent": "switch"])
            #expect(switched.status == .ok && switched.body.string.contains("Vid skolan, inte vid kyrkan."))
            #expect(switched.body.string.contains("Du svarar för: Glanshammars IF"))
            #expect(try await ConsultationResponse.query(on: ctx.app.db).filter(\.$consultation.$id == consultation.id!).count() == 0)
        }
    }

    @Test("an answer at 23:59:59 on the closing day is taken; at 00:00:00 the next day it is refused with a clear message")
    func deadline() async throws {
        try await TestApp.run { ctx in
            let consultation = try await Self.open(ctx)
            let club = try await ctx.association("Glanshammars IF", category: .sport, representative: Demo.member)
            let path = "/samrad/\(consultation.slug)/svar"
            // 16 Nov 08:00 → 18 Nov 23:59:59 in Stockholm
            ctx.clock.advance(by: 2 * 86_400 + 15 * 3600 + 59 * 60 + 59)
            let rep = try await ctx.signedIn(Demo.member)
            try await rep.get(path + "?som=\(club.id!.uuidString.lowercased())")
            #expect(try await rep.post(path, Self.answer(club, "I sista sekunden.")).status == .seeOther)
            ctx.clock.advance(by: 1)
            try await rep.get(path + "?som=\(club.id!.uuidString.lowercased())")
            let late = try await rep.post(path, Self.answer(club, "För sent."))
            #expect(late.status == .conflict && late.body.string.contains("Det går inte längre att skicka eller ändra svar"))
            let stored = try #require(try await ConsultationResponse.query(on: ctx.app.db).filter(\.$consultation.$id == consultation.id!).first())
            #expect(stored.version == 1 && stored.answers.contains("sista sekunden"))
        }
    }

    @Test("two submits at once for the same association make one answer, in two versions")
    func race() async throws {
        try await TestApp.run { ctx in
            let consultation = try await Self.open(ctx)
            let club = try await ctx.association("Glanshammars IF", category: .sport, representative: Demo.member)
            let path = "/samrad/\(consultation.slug)/svar"
            let first = try await ctx.signedIn(Demo.member)
            let second = try await ctx.signedIn(Demo.member)
            try await first.get(path + "?som=\(club.id!.uuidString.lowercased())")
            try await second.get(path + "?som=\(club.id!.uuidString.lowercased())")
            async let a = first.post(path, Self.answer(club, "Från den ena."))
            async let b = second.post(path, Self.answer(club, "Från den andra."))
            let statuses = try await [a.status, b.status]
            #expect(statuses == [.seeOther, .seeOther])
            #expect(try await ConsultationResponse.query(on: ctx.app.db).filter(\.$consultation.$id == consultation.id!).count() == 1)
            #expect(try await Self.versions(ctx, consultation).count == 2)
        }
    }

    @Test("a representative of an association that is not verified cannot answer as it", arguments: [AssociationStatus.pending, .rejected, .archived])
    func onlyVerifiedSpeak(status: AssociationStatus) async throws {
        try await TestApp.run { ctx in
            let consultation = try await Self.open(ctx)
            let club = try await ctx.association("Nya Glanshammars IF", status: status, category: .sport, representative: Demo.member)
            let path = "/samrad/\(consultation.slug)/svar"
            let rep = try await ctx.signedIn(Demo.member)
            #expect(try await rep.get(path + "?som=\(club.id!.uuidString.lowercased())").status == .forbidden)
            try await rep.get(path + "?som=person")
            #expect(try await rep.post(path, Self.answer(club, "Som förening.")).status == .forbidden)
            #expect(try await ConsultationResponse.query(on: ctx.app.db).filter(\.$consultation.$id == consultation.id!).count() == 0)
        }
    }

    @Test("a representative answers only for their own associations; a person for themselves; signed-out people are sent to sign in")
    func permissions() async throws {
        try await TestApp.run { ctx in
            let consultation = try await Self.open(ctx)
            let other = try await ctx.association("Adolfsbergs IK", category: .sport)
            let path = "/samrad/\(consultation.slug)/svar"
            #expect(try await ctx.browser().get(path).status == .seeOther)
            let rep = try await ctx.signedIn(Demo.member)
            #expect(try await rep.get(path + "?som=\(other.id!.uuidString.lowercased())").status == .forbidden)
            try await rep.get(path + "?som=person")
            #expect(try await rep.post(path, Self.answer(other, "Inte vår.")).status == .forbidden)
            try await rep.get(path + "?som=person")
            #expect(try await rep.post(path, ["som": "person", "answer1": "Som privatperson.", "intent": "submit"]).status == .seeOther)
            let stored = try #require(try await ConsultationResponse.query(on: ctx.app.db).filter(\.$consultation.$id == consultation.id!).first())
            #expect(stored.respondentKey.hasPrefix("p:") && stored.publicName.contains("Föreningsrepresentant"))
            // Only the responsible department invites
            let social = try await ctx.signedIn(DemoInquiries.socialContact)
            #expect(try await social.get("/handlaggning/samrad/\(consultation.slug)/inbjudningar").status == .forbidden)
            #expect(try await rep.get("/handlaggning/samrad/\(consultation.slug)/inbjudningar").status == .forbidden)
        }
    }

    @Test("invited associations get a formal invitation; everyone who answered hears when the compilation is published")
    func invitationsAndCompilation() async throws {
        try await TestApp.run { ctx in
            let consultation = try await Self.open(ctx)
            let club = try await ctx.association("Glanshammars IF", category: .sport, representative: Demo.member)
            let staff = try await ctx.signedIn(Demo.staff)
            let invite = "/handlaggning/samrad/\(consultation.slug)/inbjudningar"
            let search = try await staff.get(invite + "?q=glanshammar")
            #expect(search.body.string.contains("Glanshammars IF"))
            #expect(try await staff.post(invite + "?q=glanshammar", ["associations[]": club.id!.uuidString.lowercased()]).status == .seeOther)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject.contains("Inbjudan att svara") })
            try await staff.get(invite)
            #expect(try await staff.post(invite, [:]).status == .unprocessableEntity)
            #expect(try await ctx.browser().get("/samrad/\(consultation.slug)").body.string.contains("Inbjudna att svara (remissinstanser)"))
            let rep = try await ctx.signedIn(Demo.member)
            let mine = try await rep.get("/foreningar/mina").body.string
            #expect(mine.contains("Inbjudningar att svara på samråd") && mine.contains("Ny idrottshall i Glanshammar"))
            let path = "/samrad/\(consultation.slug)/svar"
            #expect(try await rep.get(path).body.string.contains("Glanshammars IF (inbjuden)"))
            let row = { (page: String) in page.components(separatedBy: "<li>").first { $0.contains("Ny idrottshall i Glanshammar") } ?? "" }
            #expect(row(mine).contains("Inte påbörjat"))
            try await rep.post(path, Self.answer(club, "Vi vill ha hallen vid skolan."))
            // "My associations" no longer says it is only invited: it says it has answered.
            #expect(row(try await rep.get("/foreningar/mina").body.string).contains("Svarat – ni kan ändra svaret"))
            ctx.clock.advance(by: 3 * 86_400)
            let later = try await ctx.signedIn(Demo.staff)
            try await later.get("/handlaggning/samrad/\(consultation.slug)")
            #expect(try await later.post("/handlaggning/samrad/\(consultation.slug)/sammanstallning", ["compilation": "Hallen byggs vid skolan."]).status == .seeOther)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject.contains("Resultatet av samrådet") })
        }
    }
}
