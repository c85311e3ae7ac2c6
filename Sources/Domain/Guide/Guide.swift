import Foundation

/// What the guide needs to know of one support offering.
public struct SupportFacts: Sendable, Hashable {
    public var id: SupportOfferingID
    public var kind: SupportKind
    public var step: LadderStep
    public var categories: Set<AssociationCategory>
    public var requiresJoined: Bool
    public var requiresOrgNumber: Bool
    public var departmentID: DepartmentID

    public init(id: SupportOfferingID, kind: SupportKind, step: LadderStep, categories: Set<AssociationCategory>, requiresJoined: Bool,
                requiresOrgNumber: Bool, departmentID: DepartmentID) {
        self.id = id
        self.kind = kind
        self.step = step
        self.categories = categories
        self.requiresJoined = requiresJoined
        self.requiresOrgNumber = requiresOrgNumber
        self.departmentID = departmentID
    }
}

/// The guide's answer: which ladder steps fit and why, the offerings that match, and what to do first.
public struct GuideResult: Sendable, Hashable {
    public enum NextStep: String, Sendable, Hashable, CaseIterable {
        /// Call or write to the entry point of the best offering's department (or the central one).
        case contactEntryPoint
        /// Send a question through "Kontakta kommunen", prefilled.
        case askQuestion
        /// Join the agreement: some offerings need it.
        case joinAgreement
        /// Register with Skatteverket for an organisation number: some offerings need one.
        case getOrgNumber
        /// Register the association in the directory, so the municipality can find and invite it.
        case registerAssociation
    }

    public var steps: [LadderStep]
    /// Catalog keys that explain, in plain words, why the steps fit the answers.
    public var reasons: [String]
    /// Matching offerings, best first.
    public var offerings: [SupportOfferingID]
    /// Why each offering (open or locked) is shown: catalog keys, most important first, said with
    /// the offering's kind and step and the association's category.
    public var why: [SupportOfferingID: [String]]
    /// Offerings that would match if the association had joined the agreement or had a number.
    public var lockedOfferings: [SupportOfferingID]
    public var nextSteps: [NextStep]
    public var inquiryTopic: InquiryTopic
    /// The department whose entry point to contact: the best offering's, or nil for the central one.
    public var departmentID: DepartmentID?
}

/// The ladder recommendation: a pure function from the answers and the catalogue.
public enum Guide {
    static func kinds(for want: GuideAnswers.Want) -> [SupportKind] {
        switch want {
        case .money: return [.grant]
        case .premises: return [.premises]
        case .borrow: return [.eventHelp]
        case .moneyOrPremises: return [.grant, .premises]
        case .knowMore: return [.advice, .training]
        case .beHeard: return [.consultation, .advice]
        case .doTogether: return [.projectCooperation, .eventHelp]
        case .partnership: return [.partnership, .reservedProcurement, .projectCooperation]
        }
    }

    static func steps(_ want: GuideAnswers.Want, capacity: GuideAnswers.Capacity) -> ([LadderStep], String) {
        switch (want, capacity) {
        case (.knowMore, _): return ([.information], "guide.reason.knowMore")
        case (.beHeard, _): return ([.consultation], "guide.reason.beHeard")
        case (.doTogether, .much): return ([.dialogue, .partnership], "guide.reason.doTogetherMuch")
        case (.doTogether, _): return ([.dialogue], "guide.reason.doTogether")
        case (.money, _), (.moneyOrPremises, _): return ([.information], "guide.reason.money")
        case (.premises, _): return ([.information], "guide.reason.premises")
        case (.borrow, _): return ([.information], "guide.reason.borrow")
        case (.partnership, .little): return ([.dialogue], "guide.reason.partnershipLittle")
        case (.partnership, _): return ([.dialogue, .partnership], "guide.reason.partnership")
        }
    }

    static func topic(_ want: GuideAnswers.Want) -> InquiryTopic {
        switch want {
        case .knowMore: return .unknown
        case .money, .moneyOrPremises: return .grants
        case .premises: return .premises
        case .borrow: return .eventsAndPermits
        case .beHeard, .doTogether, .partnership: return .cooperation
        }
    }

    public static func recommend(_ answers: GuideAnswers, catalogue: [SupportFacts]) -> GuideResult {
        let want = answers.want ?? .knowMore
        let (steps, reason) = Self.steps(want, capacity: answers.capacity ?? .some)
        var reasons = [reason]
        let wanted = kinds(for: want)
        // A wish for a thing takes only offerings of that kind; a way of working together also
        // takes other offerings on the recommended steps, ranked after the kinds asked for.
        let relevant = catalogue.filter { offering in
            (wanted.contains(offering.kind) || (!want.isConcrete && steps.contains(offering.step)))
                && (offering.categories.isEmpty || answers.category.map(offering.categories.contains) ?? true)
        }
        let joined = answers.joined == .yes, numbered = answers.hasOrgNumber == true
        func open(_ offering: SupportFacts) -> Bool { (!offering.requiresJoined || joined) && (!offering.requiresOrgNumber || numbered) }
        /// The kind asked for first; then offerings made for this kind of association before general ones; then the step.
        func rank(_ offering: SupportFacts) -> (Int, Int, Int, String) {
            let specific = answers.category.map { offering.categories.contains($0) } ?? false
            return (wanted.firstIndex(of: offering.kind) ?? wanted.count, specific ? 0 : 1, steps.contains(offering.step) ? 0 : 1,
                    offering.id.description)
        }
        let ranked = relevant.sorted { rank($0) < rank($1) }
        let available = ranked.filter(open), locked = ranked.filter { !open($0) }
        var next: [GuideResult.NextStep] = [.contactEntryPoint, .askQuestion]
        if locked.contains(where: { $0.requiresJoined }) && !joined {
            next.append(.joinAgreement)
            reasons.append("guide.reason.joinOpensDoors")
        }
        if locked.contains(where: { $0.requiresOrgNumber }) && !numbered {
            next.append(.getOrgNumber)
            reasons.append("guide.reason.orgNumberOpensDoors")
        }
        if want == .beHeard { next.append(.registerAssociation) }
        if answers.capacity == .little { reasons.append("guide.reason.littleCapacity") }
        /// Why an offering is shown, in the order the ranking weighs it.
        func why(_ offering: SupportFacts) -> [String] {
            var keys: [String] = []
            if wanted.contains(offering.kind) { keys.append("guide.why.kind") }
            if let category = answers.category, offering.categories.contains(category) { keys.append("guide.why.category") }
            if steps.contains(offering.step) && !want.isConcrete { keys.append("guide.why.step") }
            return keys
        }
        return GuideResult(steps: steps, reasons: reasons, offerings: available.map(\.id),
                           why: Dictionary(uniqueKeysWithValues: ranked.map { ($0.id, why($0)) }), lockedOfferings: locked.map(\.id),
                           nextSteps: next, inquiryTopic: topic(want), departmentID: available.first?.departmentID)
    }
}
