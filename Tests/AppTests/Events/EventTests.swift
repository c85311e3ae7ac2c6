@testable import App
import Testing
import Vapor
import Fluent
import Domain
import Views

@Suite("Events: publishing, finding by district and kind, the calendar file, changing and cancelling")
struct EventTests {
    static func form(_ ctx: TestApp.Context, _ changes: [String: String] = [:]) async throws -> [String: String] {
        let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
        let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first())
        let day = CalendarDay(ctx.clock.now).adding(days: 20)
        return ["organiser": Party.department(culture.typedID).description, "title": "Läxhjälpskväll i Vivalla", "kind": "openHouse",
                "summary": "Föreningar visar läxhjälpen.", "easyRead": "Kom och se hur läxhjälpen går till.", "startDay": day.description,
                "startTime": "18:00", "endTime": "20:00", "placeName": "Vivalla bibliotek", "district": vivalla.typedID.description,
                "accessibility[]": "stepFree", "contactName": "Lena"].merging(changes) { $1 }
    }

    static func event(_ ctx: TestApp.Context, _ title: String = "Läxhjälpskväll i Vivalla") async throws -> Event {
        try #require(try await Event.query(on: ctx.app.db).filter(\.$title == title).first())
    }

    @Test("staff publish for their department; bad input stores nothing; the page, the list, its filters and the calendar show it")
    func publishing() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            let good = try await Self.form(ctx)
            let before = try await ctx.app.count(Event.self)
            for bad in [["title": ""], ["startDay": "2026-13-01"], ["startTime": "18.00"], ["endTime": "17:00"], ["placeName": ""],
                        ["organiser": Party.department(try await ctx.department("socialforvaltningen").typedID).description],
                        ["district": UUID().uuidString.lowercased()], ["onlineURL": "ftp://x"]] {
                #expect(try await staff.submit("/evenemang/nytt", good.merging(bad) { $1 }).status == .unprocessableEntity, "\(bad)")
            }
            #expect(try await ctx.app.count(Event.self) == before)
            let created = try await staff.submit("/evenemang/nytt", good)
            #expect(created.status == .seeOther && created.location?.hasSuffix("notice=eventPublished") == true)
            let event = try await Self.event(ctx)
            let page = try await ctx.browser().get("/evenemang/\(event.slug)").body.string
            #expect(page.contains("Läxhjälpskväll i Vivalla") && page.contains("18:00–20:00") && page.contains("Vivalla bibliotek"))
            #expect(page.contains("\"@type\":\"Event\"") && page.contains("T18:00:00+0"))
            let vivalla = good["district"]!
            #expect(try await ctx.browser().get("/evenemang?district=\(vivalla)").body.string.contains("Läxhjälpskväll i Vivalla"))
            #expect(!(try await ctx.browser().get("/evenemang?kind=training").body.string.contains("Läxhjälpskväll i Vivalla")))
            let calendar = try await ctx.browser().get("/evenemang.ics?district=\(vivalla)")
            #expect(calendar.headers.contentType?.subType == "calendar")
            let day = good["startDay"]!.replacingOccurrences(of: "-", with: "")
            #expect(calendar.body.string.contains("DTSTART;TZID=Europe/Stockholm:\(day)T180000\r\n"))
            #expect(calendar.body.string.contains("UID:\(event.id!.uuidString.lowercased())@samverka"))
            let one = try await ctx.browser().get("/evenemang/\(event.slug).ics").body.string
            #expect(one.components(separatedBy: "BEGIN:VEVENT").count == 2 && one.contains("SUMMARY:Läxhjälpskväll i Vivalla"))
            // A member without a verified association has no one to publish for.
            let outsider = try await ctx.signedIn(Demo.council).get("/evenemang/nytt").body.string
            #expect(!outsider.contains("name=\"organiser\""))
        }
    }

    @Test("only the organiser's people change and cancel; a move and a cancellation raise the calendar's sequence")
    func changing() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            var form = try await Self.form(ctx)
            #expect(try await staff.submit("/evenemang/nytt", form).status == .seeOther)
            let event = try await Self.event(ctx)
            let path = "/evenemang/\(event.slug)"
            // Staff of another department, and people outside, may not.
            let social = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            #expect(try await social.get(path + "/andra").status == .forbidden)
            #expect(try await social.submit(path, to: path + "/stall-in", [:]).status == .forbidden)
            form["startTime"] = "18:30"
            form["endTime"] = "20:30"
            #expect(try await staff.submit(path + "/andra", form).status == .seeOther)
            #expect(try await Self.event(ctx).sequence == 1)
            form["summary"] = "Samma tid, ny text."
            #expect(try await staff.submit(path + "/andra", form).status == .seeOther)
            #expect(try await Self.event(ctx).sequence == 1) // not moved
            #expect(try await staff.submit(path, to: path + "/stall-in", [:]).status == .seeOther)
            let cancelled = try await Self.event(ctx)
            #expect(cancelled.isCancelled && cancelled.sequence == 2)
            #expect(try await staff.submit(path, to: path + "/stall-in", [:]).status == .conflict)
            #expect(try await staff.submit(path + "/andra", form).status == .conflict)
            let calendar = try await ctx.browser().get(path + ".ics").body.string
            #expect(calendar.contains("STATUS:CANCELLED") && calendar.contains("SEQUENCE:2") && calendar.contains("T183000"))
            #expect(try await ctx.browser().get(path).body.string.contains("Evenemanget är inställt."))
        }
    }

    @Test("the demo's events are coming, every kind among them, in several districts; anonymous pages are cached and retired by a change")
    func demo() async throws {
        try await TestApp.run { ctx in
            let rows = try await Event.query(on: ctx.app.db).all()
            #expect(rows.count >= 40 && Set(rows.map(\.kind)) == Set(EventKind.allCases))
            #expect(Set(rows.compactMap(\.districtID)).count >= 8 && rows.contains(where: \.isCancelled))
            let list = try await ctx.browser().get("/evenemang").body.string
            #expect(list.contains("Föreningarnas dag i Vivalla") && list.contains("Inställt"))
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/evenemang/nytt", try await Self.form(ctx)).status == .seeOther)
            // The cached list is retired by the new event.
            #expect(try await ctx.browser().get("/evenemang").body.string.contains("Läxhjälpskväll i Vivalla"))
        }
    }

    @Test("the API lists coming events with their times and offsets, registration and organisers; bad values are 400; every one is in the calendar once")
    func api() async throws {
        try await TestApp.run { ctx in
            let (status, body) = try await ctx.json("/api/v1/events?per=50")
            let items = try #require((body as? [String: Any])?["items"] as? [[String: Any]])
            #expect(status == 200 && items.count >= 15)
            let training = try #require(items.first { $0["title"] as? String == "Utbildning: så fungerar överenskommelsen" })
            let registration = try #require(training["registration"] as? [String: Any])
            #expect(registration["capacity"] as? Int == 20 && registration["remaining"] as? Int == 0 && registration["waitingList"] as? Int == 3)
            #expect((training["starts"] as? String)?.hasSuffix(":00+01:00") == true || (training["starts"] as? String)?.hasSuffix(":00+02:00") == true)
            let vivalla = try await ctx.json("/api/v1/events?district=vivalla&kind=associationsDay")
            let found = try #require((vivalla.1 as? [String: Any])?["items"] as? [[String: Any]])
            #expect(found.map { $0["title"] as? String } == ["Föreningarnas dag i Vivalla"])
            for bad in ["kind=party", "district=atlantis", "from=2026-13-01", "per=500"] {
                #expect(try await ctx.json("/api/v1/events?\(bad)").status == 400, "\(bad)")
            }
            let id = try #require(training["id"] as? String)
            #expect(try await ctx.json("/api/v1/events/\(id)").status == 200)
            #expect(try await ctx.json("/api/v1/events/\(UUID().uuidString)").status == 404)
            // The calendar has each of them once.
            let calendar = try await ctx.browser().get("/evenemang.ics").body.string
            for item in items {
                let uid = "UID:\((item["id"] as? String ?? "").lowercased())@samverka"
                #expect(calendar.components(separatedBy: uid).count == 2, "\(item["title"] ?? "")")
            }
        }
    }

    @Test("each event has an A4 poster: its facts in large type and its address written short; a cancelled one says so")
    func poster() async throws {
        try await TestApp.run { ctx in
            let event = try #require(try await Event.query(on: ctx.app.db).filter(\.$title == "Föreningarnas dag i Vivalla").first())
            let page = try await ctx.browser().get("/evenemang/\(event.slug)").body.string
            #expect(page.contains("href=\"/evenemang/\(event.slug)/affisch\""))
            let poster = try await ctx.browser().get("/evenemang/\(event.slug)/affisch")
            let body = poster.body.string
            #expect(poster.status == .ok)
            #expect(body.contains("class=\"poster\"") && body.contains("Vivalla torg") && body.contains("Tolkning"))
            #expect(body.contains("<strong>samverka.test/evenemang/\(event.slug)</strong>"))
            let cancelled = try #require(try await Event.query(on: ctx.app.db).filter(\.$cancelledAt != nil).first())
            #expect(try await ctx.browser().get("/evenemang/\(cancelled.slug)/affisch").body.string.contains("poster__cancelled"))
            #expect(try await ctx.browser().get("/evenemang/finns-inte/affisch").status == .notFound)
            #expect(EventPosterPage.shortAddress("https://www.orebro.se/evenemang/a") == "orebro.se/evenemang/a")
        }
    }
}
