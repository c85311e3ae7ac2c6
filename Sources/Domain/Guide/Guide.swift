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
        case .knowMore: return [.advice, .training]
        case .beHeard: return [.consultation, .advice]
        case .doTogether: return [.projectCooperation, .eventHelp, .premises]
        case .moneyOrPremises: return [.grant, .premises, .reservedProcurement]
        case .partnership: return [.partnership, .reservedProcurement, .projectCooperation]
        }
    }

    static func steps(_ want: GuideAnswers.Want, capacity: GuideAnswers.Capacity) -> ([LadderStep], String) {
        switch (want, capacity) {
        case (.knowMore, _): return ([.information], "guide.reason.knowMore")
        case (.beHeard, _): return ([.consultation], "guide.reason.beHeard")
        case (.doTogether, .much): return ([.dialogue, .partnership], "guide.reason.doTogetherMuch")
        case (.doTogether, _): return ([.dialogue], "guide.reason.doTogether")
        case (.moneyOrPremises, _): return ([.information], "guide.reason.money")
        case (.partnership, .little): return ([.dialogue], "guide.reason.partnershipLittle")
        case (.partnership, _): return ([.dialogue, .partnership], "guide.reason.partnership")
        }
    }

    static func topic(_ want: GuideAnswers.Want) -> InquiryTopic {
        switch want {
        case .knowMore: return .unknown
        case .moneyOrPremises: return .grants
        case .beHeard, .doTogether, .partnership: return .cooperation
        }
    }

    public static func recommend(_ answers: GuideAnswers, catalogue: [SupportFacts]) -> GuideResult {
        let want = answers.want ?? .knowMore
        let (steps, reason) = Self.steps(want, capacity: answers.capacity ?? .some)
        var reasons = [reason]
        let wanted = kinds(for: want)
        let relevant = catalogue.filter { offering in
            (wanted.contains(offering.kind) || steps.contains(offering.step))
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
        return GuideResult(steps: steps, reasons: reasons, offerings: available.map(\.id), lockedOfferings: locked.map(\.id),
                           nextSteps: next, inquiryTopic: topic(want), departmentID: available.first?.departmentID)
    }
}
