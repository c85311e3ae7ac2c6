import Testing
import Foundation
@testable import Domain

@Suite("The council's rules: a member's form, news, the monthly letter, meetings")
struct CouncilRulesTests {
    static let district = DistrictID.make()

    @Test("a member needs a name, a side and whom they represent; clusters name only known categories and districts")
    func member() {
        let good = FormFields(["name": "Nora Ali", "side": "associations", "represents": "Tjejjouren", "email": " Nora@Example.org ",
                               "categories": "social", "districts": Self.district.description])
        guard case .success(let draft) = CouncilMemberDraft.read(good, knownDistricts: [Self.district]) else { Issue.record("refused"); return }
        #expect(draft.email?.value == "nora@example.org" && draft.categories == [.social] && draft.districts == [Self.district])
        for (field, value) in [("name", ""), ("side", "both"), ("represents", " "), ("email", "nora"), ("categories", "chess"),
                               ("districts", DistrictID.make().description), ("task", "a\nb")] {
            var fields = good
            fields.set(field, value)
            guard case .failure(let errors) = CouncilMemberDraft.read(fields, knownDistricts: [Self.district]) else {
                Issue.record("\(field)=\(value) accepted"); continue
            }
            #expect(errors.errors.map(\.field) == [field])
        }
    }

    @Test("the coordinator keeps the roster; council members and the coordinator write news; nobody else")
    func roles() {
        let admin = Actor(userID: .make(), role: .admin)
        let council = Actor(userID: .make(), role: .member, isCouncilMember: true)
        let staff = Actor(userID: .make(), role: .staff, departmentID: .make(), isContactNetworkMember: true)
        #expect(CouncilRules.mayManage(admin) && !CouncilRules.mayManage(council) && !CouncilRules.mayManage(staff))
        #expect(CouncilRules.mayWriteNews(admin) && CouncilRules.mayWriteNews(council) && !CouncilRules.mayWriteNews(staff))
        #expect(!CouncilRules.mayWriteNews(.anonymous))
        var signedOut = council
        signedOut.userID = nil
        #expect(!CouncilRules.mayWriteNews(signedOut))
    }

    @Test("the monthly letter is the previous month's, due from seven on the first, and stays due until it has gone")
    func letter() {
        func at(_ day: CalendarDay, _ hour: Double) -> Date { day.start.addingTimeInterval(hour * 3600) }
        #expect(NewsLetter.due(at: at(CalendarDay(2026, 12, 1), 6.9)).key == "council-letter:2026-10")
        let december = NewsLetter.due(at: at(CalendarDay(2026, 12, 1), 7))
        #expect(december.key == "council-letter:2026-11" && december.first == CalendarDay(2026, 11, 1) && december.last == CalendarDay(2026, 11, 30))
        #expect(NewsLetter.due(at: at(CalendarDay(2026, 12, 20), 3)).key == "council-letter:2026-11")
        let january = NewsLetter.due(at: at(CalendarDay(2027, 1, 2), 12))
        #expect(january.key == "council-letter:2026-12" && january.last == CalendarDay(2026, 12, 31))
        #expect(NewsLetter.due(at: at(CalendarDay(2028, 3, 1), 8)).last == CalendarDay(2028, 2, 29))
    }

    @Test("a news subscription needs an address and how often")
    func subscription() {
        #expect((try? NewsSubscriptionDraft.read(FormFields(["email": "a@example.org", "frequency": "monthly"])).get())?.frequency == .monthly)
        for fields in [["email": "", "frequency": "each"], ["email": "a@example.org", "frequency": "daily"]] {
            #expect((try? NewsSubscriptionDraft.read(FormFields(fields)).get()) == nil)
        }
    }

    @Test("a meeting's attendance names only those who could come, and only once it is held")
    func meeting() {
        let today = CalendarDay(2026, 11, 16)
        let member = CouncilMemberID.make()
        let held = FormFields([("day", "2026-11-10"), ("place", "Rådhuset"), ("present", member.description)])
        #expect((try? MeetingDraft<CouncilMemberID>.read(held, attendees: [member], today: today).get())?.present == [member])
        #expect((try? MeetingDraft<CouncilMemberID>.read(held, attendees: [], today: today).get()) == nil)
        let coming = FormFields([("day", "2026-12-10"), ("place", "Rådhuset"), ("present", member.description)])
        #expect((try? MeetingDraft<CouncilMemberID>.read(coming, attendees: [member], today: today).get()) == nil)
    }
}
