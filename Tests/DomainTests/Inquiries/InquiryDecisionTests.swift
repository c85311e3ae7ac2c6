import Testing
import Foundation
@testable import Domain

@Suite("Inquiries: one function decides every event")
struct InquiryDecisionTests {
    static let now = Date(timeIntervalSince1970: 1_794_812_400)
    static let kultur = DepartmentRef(id: .make(), name: "Kultur- och fritidsförvaltningen")
    static let social = DepartmentRef(id: .make(), name: "Socialförvaltningen")
    static let kim = PersonRef(id: .make(), name: "Kim Handläggare")
    static let alex = PersonRef(id: .make(), name: "Alex Handläggare")
    static let handler = InquiryActor(access: .handle, user: kim, name: kim.name)
    static let asker = InquiryActor(access: .submitter, user: nil, name: "Frågaren")

    static func inquiry(_ status: InquiryStatus, assignee: PersonRef? = nil, closedDaysAgo: Double? = nil, rating: Int? = nil) -> InquiryState {
        InquiryState(reference: "SAM-2026-00001", status: status, department: kultur, assignee: assignee,
                     closedAt: closedDaysAgo.map { now.addingTimeInterval(-$0 * 86_400) }, rating: rating)
    }

    /// One valid example of each kind of event.
    static let examples: [InquiryEvent] = [
        .claim, .assign(to: alex), .reply("Svar"), .note("Anteckning"), .addInformation("Mer"), .transfer(to: social, reason: "Deras fråga"),
        .close(.answered, message: ""), .reopen(reason: "Inte löst"), .rate(4, comment: ""),
    ]

    @Test("every event × status × access: what is offered is what is decided, and refusals have the right kind")
    func matrix() {
        #expect(Set(Self.examples.map(\.kind)) == Set(InquiryEvent.Kind.allCases))
        let actors: [InquiryActor] = [
            Self.handler, Self.asker, InquiryActor(access: .readOnly, user: Self.alex, name: "Alex"), InquiryActor(access: nil, user: nil, name: ""),
        ]
        for status in InquiryStatus.allCases {
            for actor in actors {
                for event in Self.examples {
                    let state = Self.inquiry(status, closedDaysAgo: status == .closed ? 1 : nil)
                    let result = InquiryRules.decide(event, on: state, by: actor, at: Self.now)
                    let offered = InquiryRules.offers(event.kind, on: state, by: actor, at: Self.now)
                    switch result {
                    case .success(let decision):
                        #expect(offered, "\(event.kind) on \(status) by \(String(describing: actor.access))")
                        #expect(decision.audit.action.hasPrefix("inquiry."))
                    case .failure(let refusal):
                        #expect(!offered, "\(event.kind) on \(status) by \(String(describing: actor.access))")
                        if actor.access == nil { #expect(refusal == .notFound) }
                        if actor.access == .readOnly && event.kind.needs == .handle { #expect(refusal == .readOnly) }
                    }
                }
            }
        }
    }

    @Test("handlers act, the person who asked follows; nobody does the other's part")
    func whoDoesWhat() {
        let open = Self.inquiry(.received)
        for kind in [InquiryEvent.Kind.claim, .assign, .reply, .note, .transfer, .close] {
            #expect(InquiryRules.offers(kind, on: open, by: Self.handler, at: Self.now))
            #expect(!InquiryRules.offers(kind, on: open, by: Self.asker, at: Self.now))
        }
        #expect(InquiryRules.offers(.addInformation, on: open, by: Self.asker, at: Self.now))
        #expect(!InquiryRules.offers(.addInformation, on: open, by: Self.handler, at: Self.now))
    }

    @Test("a claimed inquiry cannot be claimed again; it can still be handed to a colleague")
    func claims() throws {
        let claimed = try InquiryRules.decide(.claim, on: Self.inquiry(.received), by: Self.handler, at: Self.now).get()
        #expect(claimed.state.assignee == Self.kim && claimed.state.status == .inProgress)
        #expect(claimed.entry == InquiryEntryDraft(kind: .assigned, isPublic: false, body: Self.kim.name))
        let second = InquiryRules.decide(.claim, on: claimed.state, by: InquiryActor(access: .handle, user: Self.alex, name: "Alex"), at: Self.now)
        #expect(second == .failure(.alreadyClaimed(by: Self.kim.name)))
        #expect(InquiryRefusal.alreadyClaimed(by: "Kim").kind == .conflict)
        let handed = try InquiryRules.decide(.assign(to: Self.alex), on: claimed.state, by: Self.handler, at: Self.now).get()
        #expect(handed.state.assignee == Self.alex)
        #expect(InquiryRules.decide(.assign(to: nil), on: claimed.state, by: Self.handler, at: Self.now)
                == .failure(.invalid([FieldError("assignee", "error.choose")])))
    }

    @Test("a reply answers, the first answer is kept, and the person is told")
    func reply() throws {
        let decision = try InquiryRules.decide(.reply("  Hej! Lokalen är ledig.  "), on: Self.inquiry(.inProgress), by: Self.handler, at: Self.now).get()
        #expect(decision.state.status == .answered && decision.state.firstAnsweredAt == Self.now)
        #expect(decision.notices == [.toAsker(.reply, message: "Hej! Lokalen är ledig.")])
        var answered = decision.state
        answered.status = .inProgress
        let later = try InquiryRules.decide(.reply("Mer"), on: answered, by: Self.handler, at: Self.now.addingTimeInterval(3600)).get()
        #expect(later.state.firstAnsweredAt == Self.now)
        #expect(InquiryRules.decide(.reply(" "), on: Self.inquiry(.received), by: Self.handler, at: Self.now)
                == .failure(.invalid([FieldError("reply", "error.required")])))
    }

    @Test("a transfer starts over at the new department, keeps nobody assigned and tells both")
    func transfer() throws {
        let decision = try InquiryRules.decide(.transfer(to: Self.social, reason: "Det gäller stöd"), on: Self.inquiry(.inProgress, assignee: Self.kim),
                                               by: Self.handler, at: Self.now).get()
        #expect(decision.state.department == Self.social && decision.state.assignee == nil && decision.state.status == .received)
        #expect(decision.entry?.from == Self.kultur.id && decision.entry?.to == Self.social.id)
        #expect(decision.notices == [.toAsker(.transfer, message: "Det gäller stöd"), .arrived(Self.social)])
        #expect(decision.audit == AuditNote("inquiry.transfer", "SAM-2026-00001: Kultur- och fritidsförvaltningen → Socialförvaltningen"))
        let toItself = InquiryRules.decide(.transfer(to: Self.kultur, reason: "x"), on: Self.inquiry(.received), by: Self.handler, at: Self.now)
        #expect(toItself == .failure(.invalid([FieldError("department", "error.choose")])))
    }

    @Test("closing needs an outcome; a closing message counts as the first answer")
    func close() throws {
        let silent = try InquiryRules.decide(.close(.withdrawn, message: ""), on: Self.inquiry(.received), by: Self.handler, at: Self.now).get()
        #expect(silent.state.status == .closed && silent.state.closedAt == Self.now && silent.state.firstAnsweredAt == nil)
        let said = try InquiryRules.decide(.close(.answered, message: "Klart"), on: Self.inquiry(.received), by: Self.handler, at: Self.now).get()
        #expect(said.state.firstAnsweredAt == Self.now && said.state.outcome == .answered)
        #expect(InquiryRules.decide(.close(nil, message: ""), on: Self.inquiry(.received), by: Self.handler, at: Self.now)
                == .failure(.invalid([FieldError("outcome", "error.choose")])))
        #expect(InquiryRules.decide(.close(.answered, message: ""), on: Self.inquiry(.closed, closedDaysAgo: 1), by: Self.handler, at: Self.now)
                == .failure(.closed))
    }

    @Test("reopening within 30 days of closing, and not after; it lands at the department again")
    func reopen() throws {
        let decision = try InquiryRules.decide(.reopen(reason: "Inte löst"), on: Self.inquiry(.closed, closedDaysAgo: 30), by: Self.asker,
                                               at: Self.now).get()
        #expect(decision.state.status == .reopened && decision.state.closedAt == nil && decision.notices == [.arrived(Self.kultur)])
        #expect(InquiryRules.decide(.reopen(reason: "x"), on: Self.inquiry(.closed, closedDaysAgo: 30.01), by: Self.asker, at: Self.now)
                == .failure(.reopenWindowPassed))
        #expect(InquiryRules.decide(.reopen(reason: "x"), on: Self.inquiry(.answered), by: Self.asker, at: Self.now) == .failure(.notClosed))
    }

    @Test("a rating is 1–5, given once, and only when closed")
    func rating() throws {
        let closed = Self.inquiry(.closed, closedDaysAgo: 2)
        for score in 1...5 {
            #expect(try InquiryRules.decide(.rate(score, comment: " bra "), on: closed, by: Self.asker, at: Self.now).get().state.rating == score)
        }
        for score in [0, 6, -1, nil] {
            #expect(InquiryRules.decide(.rate(score, comment: ""), on: closed, by: Self.asker, at: Self.now)
                    == .failure(.invalid([FieldError("rating", "error.choose")])))
        }
        #expect(InquiryRules.decide(.rate(3, comment: ""), on: Self.inquiry(.closed, closedDaysAgo: 2, rating: 5), by: Self.asker, at: Self.now)
                == .failure(.alreadyRated))
        #expect(InquiryRules.decide(.rate(3, comment: ""), on: Self.inquiry(.answered), by: Self.asker, at: Self.now) == .failure(.notClosed))
        #expect(InquiryRules.decide(.rate(3, comment: String(repeating: "x", count: 2001)), on: closed, by: Self.asker, at: Self.now)
                == .failure(.invalid([FieldError("comment", "error.tooLong", ["max": "2000"])])))
    }
}
