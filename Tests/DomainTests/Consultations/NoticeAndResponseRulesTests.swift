import Testing
import Foundation
@testable import Domain

@Suite("Consultations: which notice is due, which topics match, what an answer must hold")
struct NoticeAndResponseRulesTests {
    static let dates = ConsultationDates(announced: CalendarDay(2026, 10, 1), opens: CalendarDay(2026, 11, 2), closes: CalendarDay(2026, 12, 11))

    static func at(_ day: CalendarDay, _ hour: Int = 0, _ second: Int = 0) -> Date {
        day.start.addingTimeInterval(Double(hour * 3600 + second))
    }

    @Test("announced, then opened, then a week before closing; nothing before the announcement or after closing")
    func dueNotice() {
        let d = Self.dates
        #expect(ConsultationNoticeEvent.due(d, at: Self.at(CalendarDay(2026, 9, 30), 23)) == nil)
        #expect(ConsultationNoticeEvent.due(d, at: Self.at(CalendarDay(2026, 10, 1))) == .announced)
        #expect(ConsultationNoticeEvent.due(d, at: Self.at(CalendarDay(2026, 11, 2))) == .opened)
        #expect(ConsultationNoticeEvent.due(d, at: Self.at(CalendarDay(2026, 12, 4), 23, 3599)) == .opened)
        #expect(ConsultationNoticeEvent.due(d, at: Self.at(CalendarDay(2026, 12, 5))) == .closingSoon)
        #expect(ConsultationNoticeEvent.due(d, at: Self.at(CalendarDay(2026, 12, 11), 23, 3599)) == .closingSoon)
        #expect(ConsultationNoticeEvent.due(d, at: Self.at(CalendarDay(2026, 12, 12))) == nil)
        // announced and opened the same day: only "opened"; a five-day consultation: "closing soon" from its first day
        let short = ConsultationDates(announced: CalendarDay(2026, 11, 2), opens: CalendarDay(2026, 11, 2), closes: CalendarDay(2026, 11, 6))
        #expect(ConsultationNoticeEvent.due(short, at: Self.at(CalendarDay(2026, 11, 2), 8)) == .closingSoon)
    }

    @Test("a district topic matches its district and consultations about the whole municipality; a category its category")
    func topics() {
        let vivalla = DistrictID.make(), bettorp = DistrictID.make()
        #expect(SubscriptionTopic.district(vivalla).matches(districts: [vivalla], categories: []))
        #expect(!SubscriptionTopic.district(vivalla).matches(districts: [bettorp], categories: [.youth]))
        #expect(SubscriptionTopic.district(vivalla).matches(districts: [], categories: [.sport]))
        #expect(SubscriptionTopic.category(.youth).matches(districts: [bettorp], categories: [.youth, .tenants]))
        #expect(!SubscriptionTopic.category(.sport).matches(districts: [], categories: [.youth]))
        #expect(SubscriptionTopic(kind: "district", value: vivalla.uuid.uuidString) == .district(vivalla))
        #expect(SubscriptionTopic(kind: "category", value: "space") == nil)
    }

    @Test("a draft may be empty, a submitted answer may not; lengths hold for both; extra answers are dropped")
    func answers() {
        #expect((try? ResponseDraft().check(.draft, questions: 2).get()) == ResponseDraft(answers: ["", ""], comment: ""))
        guard case .failure(let empty) = ResponseDraft(answers: ["  "]).check(.submit, questions: 2) else { Issue.record("accepted"); return }
        #expect(empty.errors.map(\.field) == ["answer1"])
        guard case .failure(let long) = ResponseDraft(answers: [String(repeating: "x", count: 10_001)]).check(.draft, questions: 1) else {
            Issue.record("accepted"); return
        }
        #expect(long.errors.map(\.field) == ["answer1"])
        let checked = try? ResponseDraft(answers: [" Ja ", "Nej", "extra"], comment: "").check(.submit, questions: 2).get()
        #expect(checked?.answers == ["Ja", "Nej"])
        #expect(ResponseDraft.decodeAnswers(ResponseDraft(answers: ["å\"ä"]).encoded) == ["å\"ä"])
        #expect(Respondent(choice: "person", userID: .make()) != nil && Respondent(choice: "nobody", userID: .make()) == nil)
    }
}
