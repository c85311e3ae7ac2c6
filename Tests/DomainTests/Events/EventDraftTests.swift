import Testing
import Foundation
@testable import Domain

@Suite("Events: the organiser's draft, Stockholm's clocks, and the calendar file")
struct EventDraftTests {
    static let culture = DepartmentID.make(), vivalla = DistrictID.make()
    static let organiser = Party.department(culture)

    static func fields(_ changes: [String: String] = [:]) -> FormFields {
        var values = ["organiser": organiser.description, "title": "Föreningarnas dag", "kind": "associationsDay", "summary": "Föreningar visar sig.",
                      "easyRead": "Kom!", "startDay": "2026-05-22", "startTime": "11:00", "endTime": "15:00", "placeName": "Vivalla torg",
                      "district": vivalla.description, "contactName": "Lena"]
        for (key, value) in changes { values[key] = value }
        return FormFields(values.filter { !$0.value.isEmpty })
    }

    static func errors(_ changes: [String: String]) -> [String] {
        switch EventDraft.read(fields(changes), organisers: [organiser], knownDistricts: [vivalla]) {
        case .success: return []
        case .failure(let errors): return errors.errors.map { "\($0.field):\($0.messageKey)" }
        }
    }

    @Test("a whole draft reads; times are Stockholm's, summer and winter alike")
    func reads() throws {
        let draft = try EventDraft.read(Self.fields(), organisers: [Self.organiser], knownDistricts: [Self.vivalla]).get()
        #expect(draft.endDay == draft.startDay && draft.districtID == Self.vivalla && !draft.isAllDay && draft.isFree)
        #expect(draft.starts == Date(timeIntervalSince1970: 1_779_440_400)) // 2026-05-22 09:00 UTC = 11:00 summer time
        let winter = try EventDraft.read(Self.fields(["startDay": "2026-12-03"]), organisers: [Self.organiser], knownDistricts: [Self.vivalla]).get()
        #expect(winter.starts == Date(timeIntervalSince1970: 1_796_292_000)) // 2026-12-03 10:00 UTC = 11:00 winter time
        let allDay = try EventDraft.read(Self.fields(["startTime": "", "endTime": ""]), organisers: [Self.organiser], knownDistricts: [Self.vivalla]).get()
        #expect(allDay.isAllDay && allDay.starts == CalendarDay(2026, 5, 22).start && allDay.ends == CalendarDay(2026, 5, 23).start)
    }

    @Test("a weekly 18:00 stays 18:00 on the wall clock across both changes of summer time")
    func acrossDaylightSaving() {
        let six = ClockTime(hour: 18, minute: 0)!
        for day in [CalendarDay(2026, 3, 24), CalendarDay(2026, 3, 31), CalendarDay(2026, 10, 20), CalendarDay(2026, 10, 27)] {
            let moment = day.at(six)
            let offset = CalendarDay.timeZone.secondsFromGMT(for: moment)
            let local = Int(moment.timeIntervalSince1970) + offset - day.dayNumber * 86_400
            #expect(local == 18 * 3600, "\(day)")
        }
        #expect(CalendarDay(2026, 3, 31).at(six).timeIntervalSince(CalendarDay(2026, 3, 24).at(six)) == 7 * 86_400 - 3600)
    }

    @Test("what is wrong is named on its field")
    func refusals() {
        #expect(Self.errors(["title": ""]) == ["title:error.required"])
        #expect(Self.errors(["kind": "party"]) == ["kind:error.choose"])
        #expect(Self.errors(["startDay": "2026-02-30"]) == ["startDay:error.date"])
        #expect(Self.errors(["startTime": "25:00"]) == ["startTime:error.event.time"])
        #expect(Self.errors(["endTime": ""]) == ["endTime:error.event.bothTimes"])
        #expect(Self.errors(["endTime": "10:00"]) == ["endTime:error.event.endsBeforeStart"])
        #expect(Self.errors(["endDay": "2026-05-21"]) == ["endDay:error.event.endsBeforeStart"])
        #expect(Self.errors(["placeName": ""]) == ["placeName:error.event.where"])
        #expect(Self.errors(["placeName": "", "onlineURL": "https://meet.example.se/x"]).isEmpty)
        #expect(Self.errors(["onlineURL": "javascript:alert(1)"]).first?.hasPrefix("onlineURL:") == true)
        #expect(Self.errors(["district": DistrictID.make().description]) == ["district:error.choose"])
        #expect(Self.errors(["organiser": Party.department(.make()).description]) == ["organiser:error.choose"])
        #expect(Self.errors(["accessibility": "teleport"]) == ["accessibility:error.choose"])
    }

    @Test("the organiser's people change and cancel; another side, a cancelled or a past event, no")
    func rules() throws {
        let draft = try EventDraft.read(Self.fields(), organisers: [Self.organiser], knownDistricts: [Self.vivalla]).get()
        let state = EventState(organiser: Self.organiser, isCancelled: false, ends: draft.ends)
        let staff = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: Self.culture), verifiedAssociations: [], coordinator: nil)
        let other = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: .make()), verifiedAssociations: [], coordinator: nil)
        let before = draft.starts.addingTimeInterval(-86_400)
        #expect((try? EventRules.edit(draft, on: state, by: staff, at: before).get()) == draft)
        #expect(EventRules.edit(draft, on: state, by: other, at: before).failure == .forbidden)
        #expect(EventRules.cancel(state, by: staff, at: draft.ends.addingTimeInterval(60)).failure == .notNow("events.refusal.over"))
        var cancelled = state
        cancelled.isCancelled = true
        #expect(EventRules.cancel(cancelled, by: staff, at: before).failure == .notNow("events.refusal.cancelled"))
        // A Föreningarnas dag with associations signed up stays one; without any it may change kind.
        var day = state, meeting = draft
        (day.kind, day.takingPart, meeting.kind) = (.associationsDay, 2, .meeting)
        #expect(EventRules.edit(meeting, on: day, by: staff, at: before).failure == .invalid([FieldError("kind", "events.refusal.hasParticipants")]))
        #expect((try? EventRules.edit(draft, on: day, by: staff, at: before).get()) == draft)
        day.takingPart = 0
        #expect((try? EventRules.edit(meeting, on: day, by: staff, at: before).get()) == meeting)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
