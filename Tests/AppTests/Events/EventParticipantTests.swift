@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Föreningarnas dag: associations sign up, the organiser confirms, everyone sees the programme")
struct EventParticipantTests {
    static func day(_ ctx: TestApp.Context, _ title: String = "Föreningarnas dag i Varberga") async throws -> Event {
        try #require(try await Event.query(on: ctx.app.db).filter(\.$title == title).first())
    }

    /// One of the demo representative's verified associations.
    static func club(_ ctx: TestApp.Context) async throws -> Association {
        let user = try #require(try await User.query(on: ctx.app.db).filter(\.$email == Demo.member).first())
        let mine = try await Representative.query(on: ctx.app.db).filter(\.$user.$id == user.id!).all().map { $0.$association.id }
        return try #require(try await Association.query(on: ctx.app.db).filter(\.$id ~~ mine).filter(\.$status == .verified)
            .sort(\.$sortKey).first())
    }

    @Test("a sign-up is checked, stored once and mailed to the organiser; it is in the programme only once confirmed; the association withdraws")
    func signUpConfirmWithdraw() async throws {
        try await TestApp.run { ctx in
            let event = try await Self.day(ctx), club = try await Self.club(ctx)
            let path = "/evenemang/\(event.slug)", member = try await ctx.signedIn(Demo.member)
            let form = try await member.get(path + "/delta")
            #expect(form.status == .ok && form.body.string.contains(club.name) && form.body.string.contains("name=\"offer\""))
            let good = ["association": club.typedID.description, "kind": "workshop", "offer": "Prova på boxning för barn.", "needs[]": "electricity"]
            for bad in [["offer": ""], ["kind": "stand"], ["association": ""], ["needs[]": "water"]] {
                #expect(try await member.submit(path + "/delta", good.merging(bad) { $1 }).status == .unprocessableEntity, "\(bad)")
            }
            let ofDay = { EventParticipant.query(on: ctx.app.db).filter(\.$event.$id == event.id!) }
            #expect(try await ofDay().count() == 0)
            let sent = try await member.submit(path + "/delta", good)
            #expect(sent.status == .seeOther && sent.location?.hasSuffix("notice=participationSent") == true)
            #expect(try await member.submit(path + "/delta", good).status == .conflict) // once per association
            let row = try #require(try await ofDay().first())
            #expect(row.status == .proposed && row.needList == [.electricity])
            #expect(try await ctx.mails(to: event.contactEmail).contains { $0.subject == "Ny anmälan till \(event.title)" })
            // Not confirmed: neither the page nor the programme names it.
            #expect(!(try await ctx.browser().get(path + "/program").body.string.contains(club.name)))
            #expect(!(try await ctx.browser().get(path).body.string.contains(club.name)))

            let staff = try await ctx.signedIn(Demo.staff)
            let list = try await staff.get(path + "/deltagare").body.string
            #expect(list.contains(club.name) && list.contains("1 behöver el") && list.contains("Väntar på arrangören"))
            let one = "\(path)/deltagare/\(row.id!.uuidString.lowercased())"
            #expect(try await staff.submit(one, ["decision": "decline", "reason": ""]).status == .unprocessableEntity)
            #expect(try await staff.submit(one, ["decision": "choose"]).status == .seeOther)
            #expect(try await staff.submit(one, ["decision": "choose"]).status == .conflict) // decided once
            #expect(try await EventParticipant.find(row.id, on: ctx.app.db)?.status == .confirmed)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject == "Ni är med: \(event.title)" })
            let programme = try await ctx.browser().get(path + "/program").body.string
            #expect(programme.contains(club.name) && programme.contains("Prova på boxning för barn.") && programme.contains("Workshoppar och prova på"))
            #expect(try await ctx.browser().get(path).body.string.contains(club.name))

            // The association withdraws; the programme no longer names it.
            let withdrawn = try await member.submit(path + "/delta", to: "\(path)/delta/\(row.id!.uuidString.lowercased())", [:])
            let after = try await EventParticipant.find(row.id, on: ctx.app.db)?.status
            #expect(withdrawn.status == .seeOther && after == .withdrawn)
            #expect(!(try await ctx.browser().get(path + "/program").body.string.contains(club.name)))
            #expect(try await ctx.mails(to: event.contactEmail).contains { $0.subject == "En förening har dragit sig ur: \(event.title)" })
            // Signing up again after withdrawing opens the same sign-up, waiting for the organiser.
            #expect(try await member.submit(path + "/delta", good).status == .seeOther)
            let again = try await ofDay().all()
            #expect(again.count == 1 && again[0].id == row.id && again[0].status == .proposed)
            let actions = try await AuditEntry.query(on: ctx.app.db).filter(\.$entityID == row.id!.uuidString).all().map(\.action)
            #expect(Set(actions) == ["event.participant.signUp", "event.participant.confirm", "event.participant.withdraw"])
        }
    }

    @Test("an association that is no longer verified is not confirmed nor shown; cancelling the day tells those signed up")
    func verifiedOnlyAndCancelled() async throws {
        try await TestApp.run { ctx in
            let event = try await Self.day(ctx), club = try await Self.club(ctx)
            let path = "/evenemang/\(event.slug)", member = try await ctx.signedIn(Demo.member), staff = try await ctx.signedIn(Demo.staff)
            #expect(try await member.submit(path + "/delta", ["association": club.typedID.description, "kind": "talk", "offer": "Ett samtal."])
                .status == .seeOther)
            let row = try #require(try await EventParticipant.query(on: ctx.app.db).filter(\.$event.$id == event.id!).first())
            let one = "\(path)/deltagare/\(row.id!.uuidString.lowercased())"
            club.status = .archived
            try await club.update(on: ctx.app.db)
            #expect(try await staff.submit(one, ["decision": "choose"]).status == .conflict)
            club.status = .verified
            try await club.update(on: ctx.app.db)
            #expect(try await staff.submit(one, ["decision": "choose"]).status == .seeOther)
            // Confirmed, then no longer verified: not in the programme.
            club.status = .archived
            try await club.update(on: ctx.app.db)
            try await ctx.app.change(label: "test") { change in try await change.audit("association.update", "association", club.id!.uuidString, "") }
            #expect(!(try await ctx.browser().get(path + "/program").body.string.contains(club.name)))
            club.status = .verified
            try await club.update(on: ctx.app.db)
            #expect(try await staff.submit(path, to: path + "/stall-in", [:]).status == .seeOther)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject == "Inställt: \(event.title)" })
        }
    }

    @Test("only the organiser's people see and decide sign-ups; nobody else withdraws one; other kinds of event take none")
    func permissions() async throws {
        try await TestApp.run { ctx in
            let event = try await Self.day(ctx), club = try await Self.club(ctx)
            let path = "/evenemang/\(event.slug)", member = try await ctx.signedIn(Demo.member)
            #expect(try await member.submit(path + "/delta", ["association": club.typedID.description, "kind": "table", "offer": "Information."])
                .status == .seeOther)
            let row = try #require(try await EventParticipant.query(on: ctx.app.db).filter(\.$event.$id == event.id!).first())
            let one = "\(path)/deltagare/\(row.id!.uuidString.lowercased())"
            let social = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            #expect(try await social.get(path + "/deltagare").status == .forbidden)
            #expect(try await social.get(one).status == .forbidden)
            #expect(try await member.get(one).status == .forbidden)
            #expect(try await social.submit(path + "/delta", to: "\(path)/delta/\(row.id!.uuidString.lowercased())", [:]).status == .forbidden)
            // A member without a verified association is told so, and may not sign one up.
            let council = try await ctx.signedIn(Demo.council)
            #expect(try await council.get(path + "/delta").body.string.contains("name=\"offer\"") == false)
            #expect(try await council.submit(path + "/delta", ["association": club.typedID.description, "kind": "table", "offer": "x"]).status == .forbidden)
            let training = try #require(try await Event.query(on: ctx.app.db).filter(\.$kind == .training).first())
            #expect(try await member.get("/evenemang/\(training.slug)/delta").status == .notFound)
            #expect(try await ctx.browser().get("/evenemang/\(training.slug)/program").status == .notFound)
            #expect(try await EventParticipant.find(row.id, on: ctx.app.db)?.status == .proposed)
        }
    }
}
