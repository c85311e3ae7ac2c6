@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Inquiries: a question asked, answered, rated, and counted")
struct InquiryFlowTests {
    @Test("a person without an account asks; the right department answers; the person sees it, rates it; the statistics move")
    func fullFlow() async throws {
        try await TestApp.run { ctx in
            // setup
            let before = try #require(try await ctx.json("/api/v1/inquiry-stats").body as? [String: Any])
            let countBefore = (before["overall"] as? [String: Any])?["inquiries"] as? Int ?? -1

            // act: ask
            let (person, privatePath, inquiry) = try await ctx.ask()

            // check: receipt page, reference, department, promise, mail with the private link
            #expect(inquiry.reference.hasPrefix("SAM-2026-"))
            #expect(inquiry.department.slug == "kultur-och-fritidsforvaltningen")
            #expect(inquiry.dueOn == CalendarDay(2026, 11, 23)) // Monday 16th + 5 working days
            #expect(person.lastBody.contains(inquiry.reference))
            #expect(person.lastBody.contains("Kultur- och fritidsförvaltningen"))
            #expect(person.lastBody.contains("23 november 2026"))
            let receipt = try #require(try await ctx.mails(to: "kim@example.org").last)
            #expect(receipt.subject.contains(inquiry.reference))
            #expect(receipt.body.contains(privatePath) && receipt.body.contains("23 november 2026"))
            #expect(try await ctx.mails(to: inquiry.department.email).count == 1)

            // act: the handler finds it in the inbox, takes it and replies
            let handler = try await ctx.signedIn(DemoInquiries.cultureHandler)
            try await handler.get("/handlaggning/arenden?status=received")
            #expect(handler.lastBody.contains(inquiry.reference))
            let staffPath = "/handlaggning/arenden/\(inquiry.reference)"
            try await handler.get(staffPath)
            #expect(try await handler.post(staffPath + "/ta", [:]).status == .seeOther)
            try await handler.get(staffPath)
            try await handler.post(staffPath + "/anteckning", ["note": "Ringer fritidsgården först."])
            try await handler.get(staffPath)
            ctx.clock.advance(by: 3600)
            #expect(try await handler.post(staffPath + "/svara", ["reply": "Fritidsgården har tisdagar lediga."]).status == .seeOther)

            // check: the person sees the reply, not the internal note, and got a mail
            try await person.get(privatePath)
            #expect(person.lastBody.contains("Fritidsgården har tisdagar lediga."))
            #expect(!person.lastBody.contains("Ringer fritidsgården först."))
            #expect(person.lastBody.contains("Besvarad"))
            #expect(try await ctx.mails(to: "kim@example.org").contains { $0.body.contains("Fritidsgården har tisdagar lediga.") })

            // act: close (how it ends is chosen, never assumed), then the person rates
            let handling = try await handler.get(staffPath)
            #expect(handling.body.string.contains("name=\"outcome\"") && !handling.body.string.contains("value=\"answered\" selected"))
            let unchosen = try await handler.post(staffPath + "/stang", ["outcome": "", "closeMessage": ""])
            #expect(unchosen.status == .unprocessableEntity && unchosen.body.string.contains("Välj hur frågan avslutas"))
            try await handler.get(staffPath)
            try await handler.post(staffPath + "/stang", ["outcome": "answered", "closeMessage": ""])
            try await person.get(privatePath)
            #expect(person.lastBody.contains("Fick du den hjälp du behövde?"))
            let rated = try await person.post(privatePath + "/betyg", ["rating": "4", "comment": "Tack!"])
            #expect(rated.status == .seeOther)

            // check: stored, and the statistics moved
            let stored = try await ctx.inquiry(inquiry.reference)
            #expect(stored.status == .closed && stored.rating == 4 && stored.firstAnsweredAt != nil && stored.outcome == .answered)
            let after = try #require(try await ctx.json("/api/v1/inquiry-stats?year=2026").body as? [String: Any])
            let overall = try #require(after["overall"] as? [String: Any])
            #expect(overall["inquiries"] as? Int == countBefore + 1)
            try await person.get("/kontakt/statistik")
            #expect(person.lastBody.contains("Kultur- och fritidsförvaltningen"))
            // every step left its audit row
            let actions = Set(try await AuditEntry.query(on: ctx.app.db).filter(\.$entityID == inquiry.id!.uuidString).all().map(\.action))
            #expect(actions == ["inquiry.create", "inquiry.claim", "inquiry.note", "inquiry.reply", "inquiry.close", "inquiry.rate"])
        }
    }

    @Test("the person adds information while open, and reopens within 30 days but not after")
    func addAndReopen() async throws {
        try await TestApp.run { ctx in
            let (person, path, inquiry) = try await ctx.ask()
            #expect(try await person.post(path + "/komplettera", ["message": "Vi är tolv barn."]).status == .seeOther)
            try await person.get(path)
            #expect(person.lastBody.contains("Vi är tolv barn."))
            let admin = try await ctx.signedIn(Demo.admin)
            try await admin.get("/handlaggning/arenden/\(inquiry.reference)")
            try await admin.post("/handlaggning/arenden/\(inquiry.reference)/stang", ["outcome": "answered", "closeMessage": "Klart."])
            #expect(try await ctx.inquiry(inquiry.reference).firstAnsweredAt != nil) // a closing message is an answer
            // closed: adding is refused, reopening works once
            try await person.get(path)
            #expect(try await person.post(path + "/komplettera", ["message": "Mer"]).status == .conflict)
            try await person.get(path)
            #expect(try await person.post(path + "/ateroppna", ["reason": ""]).status == .unprocessableEntity)
            #expect(try await person.post(path + "/ateroppna", ["reason": "Det blev inte klart."]).status == .seeOther)
            #expect(try await ctx.inquiry(inquiry.reference).status == .reopened)
            // closed again, and 31 days later it cannot be reopened
            try await admin.get("/handlaggning/arenden/\(inquiry.reference)")
            try await admin.post("/handlaggning/arenden/\(inquiry.reference)/stang", ["outcome": "answered"])
            ctx.clock.advance(by: 31 * 86_400)
            try await person.get(path)
            #expect(!person.lastBody.contains("ateroppna"))
            #expect(try await person.post(path + "/ateroppna", ["reason": "Igen"]).status == .conflict)
        }
    }

    @Test("the inbox finds an inquiry by its reference, written in any case, whatever its status, or by words of the question or name")
    func referenceSearch() async throws {
        try await TestApp.run { ctx in
            let (_, _, inquiry) = try await ctx.ask()
            let handler = try await ctx.signedIn(DemoInquiries.cultureHandler)
            let query = inquiry.reference.lowercased().addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let found = try await handler.get("/handlaggning/arenden?reference=%20\(query)%20&status=")
            #expect(found.status == .ok && found.body.string.contains(inquiry.reference))
            #expect(found.body.string.components(separatedBy: "/handlaggning/arenden/SAM-").count == 2)
            let nothing = try await handler.get("/handlaggning/arenden?reference=lekplats")
            #expect(nothing.status == .ok && !nothing.body.string.contains(inquiry.reference))
            // Words search the question (å, ä, ö kept) and the name; the row shows the question's first line.
            let words = try await handler.get("/handlaggning/arenden?reference=l%C3%A4xhj%C3%A4lp%20tisdagar")
            #expect(words.body.string.contains(inquiry.reference) && words.body.string.contains("Finns det en lokal för läxhjälp på tisdagar?"))
            #expect(try await handler.get("/handlaggning/arenden?reference=Fr%C3%A5gare").body.string.contains(inquiry.reference))
            #expect(!(try await handler.get("/handlaggning/arenden?reference=laxhjalp").body.string.contains(inquiry.reference)))
        }
    }

    @Test("a transfer keeps the promise date, tells the person why, and leaves the sender read-only")
    func transfer() async throws {
        try await TestApp.run { ctx in
            let (person, path, inquiry) = try await ctx.ask()
            let social = try await ctx.department("socialforvaltningen")
            let handler = try await ctx.signedIn(DemoInquiries.cultureHandler)
            let staffPath = "/handlaggning/arenden/\(inquiry.reference)"
            try await handler.get(staffPath)
            let missing = try await handler.post(staffPath + "/overfor", ["department": social.id!.uuidString, "reason": ""])
            #expect(missing.status == .unprocessableEntity && missing.body.string.contains("Skriv varför"))
            try await handler.get(staffPath)
            #expect(try await handler.post(staffPath + "/overfor", ["department": social.id!.uuidString,
                                                                   "reason": "Det gäller stöd till familjer."]).status == .seeOther)
            let moved = try await ctx.inquiry(inquiry.reference)
            #expect(moved.$department.id == social.id && moved.status == .received && moved.dueAt == inquiry.dueAt)
            try await person.get(path)
            #expect(person.lastBody.contains("Det gäller stöd till familjer.") && person.lastBody.contains("Socialförvaltningen"))
            #expect(try await ctx.mails(to: social.email).contains { $0.subject.contains(inquiry.reference) })
            // the sender can still read, but not act
            let page = try await handler.get(staffPath)
            #expect(page.status == .ok && page.body.string.contains("Ni har skickat det här ärendet vidare"))
            #expect(try await handler.post(staffPath + "/svara", ["reply": "Hej"]).status == .forbidden)
            try await handler.get("/handlaggning/arenden?scope=transferred")
            #expect(handler.lastBody.contains(inquiry.reference))
        }
    }

    @Test("staff register a question that came by phone; it gets a reference and the same promise")
    func registeredByStaff() async throws {
        try await TestApp.run { ctx in
            let handler = try await ctx.signedIn(DemoInquiries.cultureHandler)
            let response = try await handler.submit("/handlaggning/arenden/ny", [
                "receivedVia": "phone", "topic": "unknown", "question": "Ringde om lokaler.", "name": "Per Ringare",
                "phone": "019-12 34 56", "channel": "phone",
            ])
            #expect(response.status == .seeOther)
            let stored = try #require(try await Inquiry.query(on: ctx.app.db).filter(\.$name == "Per Ringare").with(\.$department).first())
            #expect(stored.receivedVia == .phone && stored.registeredByID != nil && stored.submitterID == nil)
            #expect(stored.department.isCoordinator) // "I don't know" goes to the central entry point
            let web = try await handler.submit("/handlaggning/arenden/ny", [
                "receivedVia": "web", "topic": "unknown", "question": "x", "name": "Y", "phone": "019-12 34 56", "channel": "phone",
            ])
            #expect(web.status == .unprocessableEntity)
        }
    }

    @Test("a handler who registers a question takes it at once when it goes to their department; elsewhere it is registered unassigned")
    func registeredAndClaimed() async throws {
        try await TestApp.run { ctx in
            let handler = try await ctx.signedIn(DemoInquiries.cultureHandler)
            let own = try await handler.submit("/handlaggning/arenden/ny", [
                "receivedVia": "phone", "topic": "premises", "question": "Ringde om lokaler.", "name": "Per Ringare",
                "phone": "019-12 34 56", "channel": "phone", "claim": "on",
            ])
            #expect(own.location?.hasSuffix("notice=inquiryRegisteredClaimed") == true)
            let mine = try #require(try await Inquiry.query(on: ctx.app.db).filter(\.$name == "Per Ringare").with(\.$assignee).first())
            #expect(mine.assignee?.email == DemoInquiries.cultureHandler && mine.status == .inProgress)
            let entries = try await InquiryEntry.query(on: ctx.app.db).filter(\.$inquiry.$id == mine.id!).all()
            #expect(entries.count == 2) // received, then taken — in the one change
            let elsewhere = try await handler.submit("/handlaggning/arenden/ny", [
                "receivedVia": "letter", "topic": "socialSupport", "question": "Brev om ekonomi.", "name": "Eva Brevskrivare",
                "phone": "019-12 34 57", "channel": "phone", "claim": "on",
            ])
            #expect(elsewhere.location?.hasSuffix("notice=inquiryRegisteredElsewhere") == true)
            let theirs = try #require(try await Inquiry.query(on: ctx.app.db).filter(\.$name == "Eva Brevskrivare").first())
            #expect(theirs.$assignee.id == nil && theirs.status == .received)
            // The registrar can still open it (read only) to tell the caller where it went.
            let page = try await handler.get(try #require(elsewhere.location))
            #expect(page.status == .ok && page.body.string.contains(theirs.reference))
        }
    }
}
