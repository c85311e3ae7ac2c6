@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("Interest in volunteer assignments: person → organiser → answer → person; never public; limits; deleted after 6 months")
struct VolunteerInterestTests {
    static func show(_ ctx: TestApp.Context, _ slug: String, _ name: String, email: String? = nil, phone: String = "", consent: Bool = true,
                     client: String? = nil) async throws -> TestingHTTPResponse {
        try await ctx.browser(address: client).submit("/volontar/\(slug)/intresse", [
            "name": name, "email": email ?? "\(name.lowercased())@example.org", "phone": phone, "message": "Jag kan tisdagar.",
            "consent": consent ? "on" : "",
        ])
    }

    static func interests(_ ctx: TestApp.Context, _ assignment: VolunteerAssignment) async throws -> [VolunteerInterest] {
        try await VolunteerInterest.query(on: ctx.app.db).filter(\.$assignment.$id == assignment.id!).sort(\.$createdAt).all()
    }

    @Test("the person shows interest, the organiser is told (no name in the mail), answers; the person gets the answer and deletes their details")
    func flow() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/volontar/nytt", try await VolunteeringTests.form(ctx)).status == .seeOther)
            let assignment = try await VolunteeringTests.assignment(ctx)
            let slug = assignment.slug
            // Without consent, or without a way to reach the person: nothing stored, and the form says why.
            let noConsent = try await Self.show(ctx, slug, "Hedda", consent: false)
            #expect(noConsent.status == .unprocessableEntity && noConsent.body.string.contains("godkänner"))
            let noWay = try await Self.show(ctx, slug, "Hedda", email: "")
            #expect(noWay.status == .unprocessableEntity && noWay.body.string.contains("e-postadress eller ditt telefonnummer"))
            #expect(try await Self.interests(ctx, assignment).isEmpty)
            let shown = try await Self.show(ctx, slug, "Hedda")
            #expect(shown.status == .seeOther)
            #expect(try await ctx.mails(to: "hedda@example.org").first?.subject.contains("tagit emot ditt intresse") == true)
            let notice = try #require(try await ctx.mails(to: "lena.volontar@example.org").last)
            #expect(notice.subject.contains("vill vara volontär") && !notice.body.contains("Hedda") && !notice.body.contains("hedda@"))
            // One with only a phone number gets no mail, and the organiser sees the number.
            ctx.clock.advance(by: 1) // the list's order is the order they came
            #expect(try await Self.show(ctx, slug, "Ringer", email: "", phone: "070-123 45 67").status == .seeOther)
            // The organiser's list; others are refused.
            let list = try await staff.get("/volontar/\(slug)/intresserade")
            #expect(list.status == .ok && list.body.string.contains("Hedda") && list.body.string.contains("070-123 45 67"))
            #expect(try await ctx.signedIn("kontaktperson.social@demo.samverka.example").get("/volontar/\(slug)/intresserade").status == .forbidden)
            #expect(try await ctx.signedIn(Demo.member).get("/volontar/\(slug)/intresserade").status == .forbidden)
            // Not this time needs a reason; then it is mailed; a second answer is refused.
            let hedda = try #require(try await Self.interests(ctx, assignment).first)
            let answerPage = "/volontar/\(slug)/intresserade/\(hedda.id!.uuidString.lowercased())"
            let noReason = try await staff.submit(answerPage, ["answer": "decline", "message": ""])
            #expect(noReason.status == .unprocessableEntity && noReason.body.string.contains("Skriv varför"))
            #expect(try await staff.submit(answerPage, ["answer": "decline", "message": "Vi har fått nog med volontärer."]).status == .seeOther)
            let answer = try #require(try await ctx.mails(to: "hedda@example.org").first { $0.subject.contains("Svar om uppdraget") })
            #expect(answer.body.contains("Vi har fått nog med volontärer."))
            let second = try await staff.submit(answerPage, ["answer": "welcome", "message": ""])
            #expect(second.status == .conflict || second.status == .ok, "\(second.status)")
            #expect(try await ctx.signedIn("kontaktperson.social@demo.samverka.example").get(answerPage).status == .forbidden)
            // The person's page by the link: the answer, and deleting the details at once.
            let link = "/volontar/ditt-intresse/" + hedda.token
            #expect(answer.body.contains(link))
            let mine = try await ctx.browser().get(link)
            #expect(mine.status == .ok && mine.body.string.contains("Vi har fått nog med volontärer."))
            #expect(try await ctx.browser().submit(link, to: link, [:]).status == .seeOther)
            let forgotten = try #require(try await Self.interests(ctx, assignment).first)
            #expect(forgotten.name.isEmpty && forgotten.email.isEmpty && forgotten.message.isEmpty && forgotten.forgottenAt != nil)
            #expect(forgotten.status == .declined)
            #expect(try await ctx.browser().get(link).body.string.contains("Dina uppgifter är borttagna"))
            // An unanswered interest taken back is counted as taken back.
            let ringer = try #require(try await Self.interests(ctx, assignment).last)
            #expect(try await ctx.browser().submit("/volontar/ditt-intresse/\(ringer.token)", to: "/volontar/ditt-intresse/\(ringer.token)", [:]).status == .seeOther)
            #expect(try await Self.interests(ctx, assignment).last?.status == .withdrawn)
        }
    }

    @Test("the assignment's page links to its interest form and is kept in the page cache; the form's page carries the token")
    func formOnItsOwnPage() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            let page = try await browser.get("/volontar/laxhjalp-pa-biblioteket")
            #expect(page.status == .ok && page.headers.first(name: .cacheControl) == "no-cache" && page.headers.first(name: .eTag) != nil)
            #expect(page.body.string.contains("href=\"/volontar/laxhjalp-pa-biblioteket/intresse#interest-heading\"") && !page.body.string.contains("_csrf"))
            let form = try await browser.get("/volontar/laxhjalp-pa-biblioteket/intresse")
            #expect(form.status == .ok && form.body.string.contains("name=\"_csrf\"") && form.headers.first(name: .cacheControl) == "private, no-store")
        }
    }

    @Test("one address shows interest in one assignment once, and in at most 10 a day; one client at most 20 an hour; a closed one takes none")
    func limits() async throws {
        try await TestApp.run(trustedProxies: [TestApp.inProcessPeer]) { ctx in
            let open = try await VolunteerAssignment.query(on: ctx.app.db).filter(\.$closedAt == nil)
                .filter(\.$closes >= CalendarDay(ctx.clock.now).description).sort(\.$title).all()
            #expect(open.count >= 12)
            #expect(try await Self.show(ctx, open[0].slug, "Ida", client: "10.0.0.1").status == .seeOther)
            let twice = try await Self.show(ctx, open[0].slug, "Ida", client: "10.0.0.2")
            #expect(twice.status == .conflict && twice.body.string.contains("redan anmält intresse"))
            for assignment in open[1..<10] {
                #expect(try await Self.show(ctx, assignment.slug, "Ida", client: "10.0.0.3").status == .seeOther)
            }
            let eleventh = try await Self.show(ctx, open[10].slug, "Ida", client: "10.0.0.4")
            #expect(eleventh.status == .tooManyRequests && eleventh.body.string.contains("i morgon"))
            #expect(try await ctx.mails(to: "ida@example.org").count == 10)
            // A day later the address may again.
            ctx.clock.advance(by: 86_401)
            #expect(try await Self.show(ctx, open[10].slug, "Ida", client: "10.0.0.4").status == .seeOther)
            // One client: 20 an hour, whatever the addresses.
            for n in 1...20 {
                let response = try await Self.show(ctx, open[n % open.count].slug, "P\(n)", client: "10.0.0.9")
                #expect(response.status == .seeOther, "\(n) \(response.status) \(response.body.string.suffix(3000))")
            }
            #expect(try await Self.show(ctx, open[12].slug, "P21", client: "10.0.0.9").status == .tooManyRequests)
            // A form loaded while open and sent after the organiser closed it is refused, saying why; nothing is stored.
            let late = ctx.browser(address: "10.0.0.10")
            try await late.get("/volontar/\(open[11].slug)/intresse")
            _ = try await ctx.app.change(label: "test") { change in
                let row = try await VolunteerAssignment.find(open[11].id!, on: change.db)!
                row.closedAt = change.now
                try await row.update(on: change.db)
                try await change.audit("volunteering.close", "volunteer_assignment", row.id!.uuidString, "test")
            }
            let refused = try await late.post("/volontar/\(open[11].slug)/intresse", ["name": "Jon", "email": "jon@example.org", "consent": "on"])
            #expect(refused.status == .conflict && refused.body.string.contains("Uppdraget är stängt"))
            #expect(try await VolunteerInterest.query(on: ctx.app.db).filter(\.$email == "jon@example.org").count() == 0)
        }
    }

    @Test("no volunteer's name, address or phone on any public page, API answer or open-data file")
    func neverPublic() async throws {
        try await TestApp.run { ctx in
            let interests = try await VolunteerInterest.query(on: ctx.app.db).filter(\.$forgottenAt == nil).all()
            #expect(interests.count >= 8)
            let secrets = Set(interests.flatMap { [$0.name, $0.email, $0.phone] }.filter { !$0.isEmpty })
            var paths = ["/", "/volontar", "/volontar?page=2", "/api/v1/volunteering?per=50", "/api/v1/volunteering?per=50&page=2",
                         "/open-data/associations.json", "/open-data/projects.json", "/stadsdelar"]
            for assignment in try await VolunteerAssignment.query(on: ctx.app.db).all() {
                paths += ["/volontar/\(assignment.slug)", "/api/v1/volunteering/\(assignment.id!)"]
            }
            for path in paths {
                let body = try await ctx.browser().get(path).body.string
                for secret in secrets { #expect(!body.contains(secret), "\(secret) on \(path)") }
            }
        }
    }

    @Test("details are kept 6 months after the assignment closes, then cleared; the statuses and counts stay")
    func forgetting() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/volontar/nytt", try await VolunteeringTests.form(ctx)).status == .seeOther)
            let assignment = try await VolunteeringTests.assignment(ctx)
            #expect(try await Self.show(ctx, assignment.slug, "Greta").status == .seeOther)
            ctx.clock.advance(by: 1)
            #expect(try await Self.show(ctx, assignment.slug, "Hugo").status == .seeOther)
            let hugo = try #require(try await Self.interests(ctx, assignment).last)
            let page = "/volontar/\(assignment.slug)/intresserade/\(hugo.id!.uuidString.lowercased())"
            #expect(try await staff.submit(page, ["answer": "welcome", "message": "Välkommen!"]).status == .seeOther)
            // It closes in 30 days; 30 + 182 days on the details are there, after 30 + 184 they are gone.
            ctx.clock.advance(by: (30 + 182) * 86_400)
            try await Housekeeping.run(ctx.app)
            #expect(try await Self.interests(ctx, assignment).map(\.name) == ["Greta", "Hugo"])
            ctx.clock.advance(by: 2 * 86_400)
            try await Housekeeping.run(ctx.app)
            let rows = try await Self.interests(ctx, assignment)
            #expect(rows.allSatisfy { $0.name.isEmpty && $0.email.isEmpty && $0.phone.isEmpty && $0.message.isEmpty && $0.forgottenAt != nil })
            #expect(rows.map(\.status) == [.new, .welcomed])
            #expect(try await VolunteeringStore.interestCounts([assignment.id!], on: ctx.app.db)[assignment.id!]?.total == 2)
        }
    }

    @Test("the year's figures count assignments, interest and those welcomed, per organiser kind and district, with no names")
    func figures() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            let before = try await VolunteeringFigures.counts(year: year, on: ctx.app.db)
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/volontar/nytt", try await VolunteeringTests.form(ctx)).status == .seeOther)
            let assignment = try await VolunteeringTests.assignment(ctx)
            // Kept in the page cache now; only interest shown and answered happens after.
            let primed = try await ctx.browser().get("/volontar/statistik?year=\(year)")
            #expect(try await Self.show(ctx, assignment.slug, "Vera").status == .seeOther)
            let vera = try #require(try await Self.interests(ctx, assignment).first)
            #expect(try await staff.submit("/volontar/\(assignment.slug)/intresserade/\(vera.id!.uuidString.lowercased())",
                                           ["answer": "welcome", "message": ""]).status == .seeOther)
            let after = try await VolunteeringFigures.counts(year: year, on: ctx.app.db)
            #expect(after.organisers.assignments["d"] == (before.organisers.assignments["d"] ?? 0) + 1)
            #expect(after.organisers.interest["d"] == (before.organisers.interest["d"] ?? 0) + 1)
            #expect(after.organisers.welcomed["d"] == (before.organisers.welcomed["d"] ?? 0) + 1)
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first())
            #expect(after.districts.welcomed[vivalla.id!.uuidString] == (before.districts.welcomed[vivalla.id!.uuidString] ?? 0) + 1)
            // Within the hold the page is kept as it was; after it, the figures are new.
            #expect(try await ctx.browser().get("/volontar/statistik?year=\(year)").body.string == primed.body.string)
            ctx.clock.advance(by: FollowUpCache.hold + 1)
            var page = try await ctx.browser().get("/volontar/statistik?year=\(year)")
            for _ in 0..<200 where page.body.string == primed.body.string {
                // while the counts are made again the page is kept a second as it was
                try await Task.sleep(nanoseconds: 10_000_000)
                ctx.clock.advance(by: 2)
                page = try await ctx.browser().get("/volontar/statistik?year=\(year)")
            }
            #expect(page.status == .ok && page.body.string.contains("Vivalla") && !page.body.string.contains("Vera"))
            #expect(page.body.string != primed.body.string)
            #expect(page.body.string.contains("räknas om var halvminut"))
        }
    }
}
