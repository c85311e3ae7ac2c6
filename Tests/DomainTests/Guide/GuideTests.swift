import Testing
import Foundation
@testable import Domain

@Suite("The ladder guide's recommendation")
struct GuideTests {
    static let d1 = DistrictID.make()
    static let kultur = DepartmentID.make(), social = DepartmentID.make()
    static let summerGrant = SupportOfferingID.make(), activityGrant = SupportOfferingID.make(), iop = SupportOfferingID.make(),
        council = SupportOfferingID.make(), advice = SupportOfferingID.make(), events = SupportOfferingID.make()
    static let startGrant = SupportOfferingID.make()
    static let catalogue = [
        SupportFacts(id: startGrant, kind: .grant, step: .information, categories: [], requiresJoined: false,
                     requiresOrgNumber: false, departmentID: kultur),
        SupportFacts(id: summerGrant, kind: .grant, step: .information, categories: [.youth, .sport], requiresJoined: false,
                     requiresOrgNumber: false, departmentID: kultur),
        SupportFacts(id: activityGrant, kind: .grant, step: .information, categories: [.youth], requiresJoined: false,
                     requiresOrgNumber: true, departmentID: kultur),
        SupportFacts(id: iop, kind: .partnership, step: .partnership, categories: [], requiresJoined: true, requiresOrgNumber: true,
                     departmentID: social),
        SupportFacts(id: council, kind: .consultation, step: .consultation, categories: [.seniors], requiresJoined: true,
                     requiresOrgNumber: false, departmentID: social),
        SupportFacts(id: advice, kind: .advice, step: .information, categories: [], requiresJoined: false, requiresOrgNumber: false,
                     departmentID: kultur),
        SupportFacts(id: events, kind: .eventHelp, step: .dialogue, categories: [], requiresJoined: false, requiresOrgNumber: false,
                     departmentID: kultur),
    ]

    @Test("every combination of answers ends in a step, a concrete next step, and only offerings the association can get")
    func everyCombination() {
        let combinations = GuideAnswers.all(districts: [Self.d1])
        #expect(combinations.count == GuideAnswers.Want.allCases.count * 12 * 2 * 2 * 3 * 3)
        let byID = Dictionary(uniqueKeysWithValues: Self.catalogue.map { ($0.id, $0) })
        for answers in combinations {
            #expect(answers.nextQuestion == nil)
            let result = Guide.recommend(answers, catalogue: Self.catalogue)
            #expect(!result.steps.isEmpty, "\(answers)")
            #expect(result.nextSteps.contains(.contactEntryPoint) && result.nextSteps.contains(.askQuestion), "\(answers)")
            for id in result.offerings {
                let offering = byID[id]!
                #expect(!offering.requiresJoined || answers.joined == .yes, "\(answers)")
                #expect(!offering.requiresOrgNumber || answers.hasOrgNumber == true, "\(answers)")
                #expect(offering.categories.isEmpty || offering.categories.contains(answers.category!), "\(answers)")
            }
            for id in result.lockedOfferings {
                let offering = byID[id]!
                #expect(offering.requiresJoined && answers.joined != .yes || offering.requiresOrgNumber && answers.hasOrgNumber != true)
            }
            if result.lockedOfferings.contains(where: { byID[$0]!.requiresJoined }) && answers.joined != .yes {
                #expect(result.nextSteps.contains(.joinAgreement))
            }
            #expect(Set(result.offerings).isDisjoint(with: result.lockedOfferings))
            #expect(result.departmentID == result.offerings.first.map { byID[$0]!.departmentID })
            // Every offering shown says why, and a wish for a thing shows only things of that kind.
            for id in result.offerings + result.lockedOfferings {
                #expect(!(result.why[id] ?? []).isEmpty, "\(answers)")
                if answers.want!.isConcrete { #expect(result.why[id]!.first == "guide.why.kind", "\(answers)") }
            }
        }
    }

    @Test("a small youth association without a number that wants money for the summer gets the summer grant first")
    func summerInVivalla() {
        let answers = GuideAnswers(want: .money, category: .youth, district: .district(Self.d1), hasOrgNumber: false, joined: .no,
                                   capacity: .little)
        let result = Guide.recommend(answers, catalogue: Self.catalogue)
        #expect(result.offerings.prefix(2) == [Self.summerGrant, Self.startGrant]) // made for youth before the general one
        #expect(result.why[Self.summerGrant] == ["guide.why.kind", "guide.why.category"] && result.why[Self.startGrant] == ["guide.why.kind"])
        #expect(result.lockedOfferings.contains(Self.activityGrant))
        #expect(result.nextSteps.contains(.getOrgNumber))
        #expect(result.inquiryTopic == .grants && result.departmentID == Self.kultur)
        #expect(result.steps == [.information])
    }

    @Test("separate wishes: a room shows rooms, not grants or advice on the same step; things to borrow show event help")
    func separateWishes() {
        let room = SupportOfferingID.make()
        let catalogue = Self.catalogue + [SupportFacts(id: room, kind: .premises, step: .information, categories: [], requiresJoined: false,
                                                       requiresOrgNumber: false, departmentID: Self.social)]
        var answers = GuideAnswers(want: .premises, category: .youth, district: .everywhere, hasOrgNumber: true, joined: .yes, capacity: .little)
        let rooms = Guide.recommend(answers, catalogue: catalogue)
        #expect(rooms.offerings == [room] && rooms.lockedOfferings.isEmpty)
        #expect(rooms.inquiryTopic == .premises && rooms.departmentID == Self.social)
        answers.want = .borrow
        #expect(Guide.recommend(answers, catalogue: catalogue).offerings == [Self.events])
        // The old combined wish (old links, the API) still answers with both.
        answers.want = .moneyOrPremises
        #expect(Set(Guide.recommend(answers, catalogue: catalogue).offerings) == [room, Self.summerGrant, Self.startGrant, Self.activityGrant])
        #expect(!GuideAnswers.Want.offered.contains(.moneyOrPremises))
    }

    @Test("a partnership needs capacity: with little time the guide starts at dialogue")
    func partnership() {
        var answers = GuideAnswers(want: .partnership, category: .social, district: .everywhere, hasOrgNumber: true, joined: .yes, capacity: .much)
        #expect(Guide.recommend(answers, catalogue: Self.catalogue).steps == [.dialogue, .partnership])
        #expect(Guide.recommend(answers, catalogue: Self.catalogue).offerings.first == Self.iop)
        answers.capacity = .little
        #expect(Guide.recommend(answers, catalogue: Self.catalogue).steps == [.dialogue])
        answers.want = .beHeard
        let heard = Guide.recommend(answers, catalogue: Self.catalogue)
        #expect(heard.steps == [.consultation] && heard.nextSteps.contains(.registerAssociation))
    }

    @Test("answers come from the query string; unknown values count as unanswered, and the questions come in order")
    func parsing() {
        let answers = GuideAnswers(query: ["want": "beHeard", "category": "culture", "district": Self.d1.description.uppercased(),
                                           "orgNumber": "maybe", "joined": "yes"], knownDistricts: [Self.d1])
        #expect(answers.want == .beHeard && answers.category == .culture && answers.district == .district(Self.d1) && answers.hasOrgNumber == nil)
        #expect(answers.nextQuestion == .orgNumber)
        #expect(GuideAnswers(query: ["district": "nowhere"], knownDistricts: [Self.d1]).district == nil)
        #expect(GuideAnswers(query: ["district": DistrictID.make().description], knownDistricts: [Self.d1]).district == nil)
        #expect(GuideAnswers(query: ["district": "all"], knownDistricts: [Self.d1]).district == .everywhere)
        #expect(GuideAnswers().nextQuestion == .want)
        let full = GuideAnswers.all(districts: [Self.d1])[7]
        let again = GuideAnswers(query: Dictionary(uniqueKeysWithValues: full.query.compactMap { key, value in value.map { (key, $0) } }),
                                 knownDistricts: [Self.d1])
        #expect(again == full)
    }

    @Test("a support offering's form: what is required and what is refused")
    func draft() {
        let d1 = DepartmentID.make(), d2 = DepartmentID.make()
        guard case .failure(let empty) = SupportDraft.read(FormFields(["departmentID": d1.description]), departments: [d1]) else {
            Issue.record("an empty draft passed"); return
        }
        #expect(Set(empty.errors.map(\.field)) == ["title", "kind", "step", "summary", "easyRead", "howToApply"])
        let form = [("title", "Bidrag"), ("kind", "grant"), ("step", "1"), ("summary", "Pengar."), ("easyRead", "Pengar."), ("howToApply", "Sök."),
                    ("departmentID", d1.description), ("categories", "youth")]
        let bad = form + [("deadline", "2027-02-30"), ("externalURL", "bidrag.example"), ("categories", "pets")]
        guard case .failure(let problems) = SupportDraft.read(FormFields(bad), departments: [d2]) else { Issue.record("a bad draft passed"); return }
        #expect(Dictionary(problems.errors.map { ($0.field, $0.messageKey) }) { a, _ in a } == [
            "deadline": "error.dateFormat", "externalURL": "error.website", "categories": "error.choose", "departmentID": "error.choose",
        ])
        // Sending people elsewhere (a booking system) without the link there is refused.
        guard case .failure(let elsewhere) = SupportDraft.read(FormFields(form + [("appliesElsewhere", "on")]), departments: [d1]) else {
            Issue.record("an offering sending people elsewhere passed without a link"); return
        }
        #expect(elsewhere.errors == [FieldError("externalURL", "error.support.externalURLNeeded")])
        let good = form + [("deadline", "2027-02-28"), ("externalURL", "https://bidrag.example"), ("appliesElsewhere", "on")]
        let checked = try? SupportDraft.read(FormFields(good), departments: [d1]).get()
        #expect(checked?.deadline == CalendarDay(2027, 2, 28) && checked?.step == .information && checked?.categories == [.youth])
    }
}
