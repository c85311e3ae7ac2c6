import Testing
import Foundation
@testable import Domain

@Suite("The get-started checklist and the test-mail limit")
struct GoLiveChecklistTests {
    static let now = Date(timeIntervalSince1970: 1_794_812_400)

    static let done = GoLiveChecklist(
        agreementTexts: 8, publishedAgreementTexts: 8, departmentsWithoutEntryPoint: [], unmappedTopics: [], departmentsWithoutStaff: [],
        hasAssociations: true, mailConfigured: true, testMail: .delivered, baseURL: "https://samverka.kommun.example", usesPostgres: false,
        lastBackup: now.addingTimeInterval(-3600), now: now)

    @Test("everything done leaves nothing to do")
    func allDone() {
        #expect(GoLiveChecklist.Item.allCases.allSatisfy { Self.done.state($0) == .done })
        #expect(Self.done.remaining == 0)
    }

    @Test("each missing fact opens exactly its own item")
    func eachItem() {
        let cases: [(GoLiveChecklist.Item, (inout GoLiveChecklist) -> Void)] = [
            (.agreementTexts, { $0.publishedAgreementTexts = 7 }),
            (.entryPoints, { $0.departmentsWithoutEntryPoint = ["Socialförvaltningen"] }),
            (.inquiryTopics, { $0.unmappedTopics = [.housing] }),
            (.staff, { $0.departmentsWithoutStaff = ["Socialförvaltningen"] }),
            (.register, { $0.hasAssociations = false }),
            (.mailTested, { $0.testMail = .failed }),
            (.https, { $0.baseURL = "http://samverka.kommun.example" }),
            (.backups, { $0.lastBackup = nil }),
        ]
        for (item, change) in cases {
            var checklist = Self.done
            change(&checklist)
            let open = GoLiveChecklist.Item.allCases.filter { checklist.state($0) != .done }
            #expect(open == [item], "\(item): \(open)")
        }
    }

    @Test("mail not set up opens both mail items: a test mail cannot be delivered without a server")
    func mailNotConfigured() {
        var checklist = Self.done
        checklist.mailConfigured = false
        #expect(checklist.state(.mailConfigured) == .todo && checklist.state(.mailTested) == .todo)
        for status in [GoLiveChecklist.TestMail.none, .waiting, .failed] {
            checklist = Self.done
            checklist.testMail = status
            #expect(checklist.state(.mailTested) == .todo)
        }
    }

    @Test("no texts at all is not \"all published\"; a backup older than two days no longer counts; PostgreSQL is checked by hand")
    func edges() {
        var checklist = Self.done
        checklist.agreementTexts = 0
        checklist.publishedAgreementTexts = 0
        #expect(checklist.state(.agreementTexts) == .todo)
        checklist = Self.done
        checklist.lastBackup = Self.now.addingTimeInterval(-GoLiveChecklist.backupFreshness)
        #expect(checklist.state(.backups) == .done)
        checklist.lastBackup = Self.now.addingTimeInterval(-GoLiveChecklist.backupFreshness - 1)
        #expect(checklist.state(.backups) == .todo)
        checklist.usesPostgres = true
        #expect(checklist.state(.backups) == .manual)
        #expect(checklist.remaining == 0)
        checklist.baseURL = "HTTPS://SAMVERKA.KOMMUN.EXAMPLE"
        #expect(checklist.state(.https) == .done)
    }

    @Test("test mails: never without a mail server, at most three an hour, opening again as the oldest ages out")
    func testMailLimit() {
        let now = Self.now
        #expect(TestMailRule.refusal(mailConfigured: false, earlier: [], now: now) == .notConfigured)
        #expect(TestMailRule.refusal(mailConfigured: true, earlier: [], now: now) == nil)
        let two = [now.addingTimeInterval(-600), now.addingTimeInterval(-300)]
        #expect(TestMailRule.refusal(mailConfigured: true, earlier: two, now: now) == nil)
        let three = two + [now.addingTimeInterval(-3000)]
        #expect(TestMailRule.refusal(mailConfigured: true, earlier: three, now: now) == .tooMany(until: now.addingTimeInterval(600)))
        let old = [now.addingTimeInterval(-3600), now.addingTimeInterval(-7200)] + two
        #expect(TestMailRule.refusal(mailConfigured: true, earlier: old, now: now) == nil)
    }
}
