/// The ladder guide's questions, each with a small set of answers, so every combination can
/// be tested. Parsed from the query string of the guide's pages; unknown values are unanswered.
public struct GuideAnswers: Sendable, Hashable {
    /// What the association wants, one wish at a time: a small association that wants a room
    /// should not be shown grants and procurements (issue 21).
    public enum Want: String, Sendable, Hashable, CaseIterable {
        case money, premises, borrow, knowMore, beHeard, doTogether, partnership
        /// Money and premises together, as the guide asked before the wishes were separated;
        /// kept so that old links and API calls still answer. Not offered in the form.
        case moneyOrPremises

        /// The wishes the form offers.
        public static var offered: [Want] { allCases.filter { $0 != .moneyOrPremises } }

        /// A wish for a thing (money, a room, things to borrow), not for a way of working together:
        /// only offerings of that kind fit it.
        public var isConcrete: Bool { [.money, .premises, .borrow, .moneyOrPremises].contains(self) }
    }

    public enum Capacity: String, Sendable, Hashable, CaseIterable {
        case little, some, much
    }

    public enum Joined: String, Sendable, Hashable, CaseIterable {
        case yes, no, dontKnow
    }

    public enum Question: String, Sendable, Hashable, CaseIterable {
        case want, category, district, orgNumber, joined, capacity
    }

    /// Where the association works: one district, or the whole municipality ("all" in links).
    public enum Place: Sendable, Hashable, LosslessStringConvertible {
        case everywhere
        case district(DistrictID)

        public init?(_ text: String) {
            if text == "all" { self = .everywhere } else if let id = DistrictID(text) { self = .district(id) } else { return nil }
        }

        public var description: String {
            switch self {
            case .everywhere: return "all"
            case .district(let id): return id.description
            }
        }

        public var districtID: DistrictID? {
            if case .district(let id) = self { return id }
            return nil
        }
    }

    public var want: Want?
    public var category: AssociationCategory?
    /// nil when not answered.
    public var district: Place?
    public var hasOrgNumber: Bool?
    public var joined: Joined?
    public var capacity: Capacity?

    public init(want: Want? = nil, category: AssociationCategory? = nil, district: Place? = nil, hasOrgNumber: Bool? = nil,
                joined: Joined? = nil, capacity: Capacity? = nil) {
        self.want = want
        self.category = category
        self.district = district
        self.hasOrgNumber = hasOrgNumber
        self.joined = joined
        self.capacity = capacity
    }

    /// From query items; `district` is kept only when it is one of `knownDistricts` or "all".
    public init(query: [String: String], knownDistricts: Set<DistrictID>) {
        want = query["want"].flatMap(Want.init(rawValue:))
        category = query["category"].flatMap(AssociationCategory.init(rawValue:))
        district = query["district"].flatMap(Place.init).flatMap { place in
            place.districtID.map(knownDistricts.contains) == false ? nil : place
        }
        hasOrgNumber = query["orgNumber"].flatMap { ["yes": true, "no": false][$0] }
        joined = query["joined"].flatMap(Joined.init(rawValue:))
        capacity = query["capacity"].flatMap(Capacity.init(rawValue:))
    }

    /// The answers as query items, in question order, for links that carry them along.
    public var query: [(String, String?)] {
        [("want", want?.rawValue), ("category", category?.rawValue), ("district", district?.description),
         ("orgNumber", hasOrgNumber.map { $0 ? "yes" : "no" }), ("joined", joined?.rawValue), ("capacity", capacity?.rawValue)]
    }

    public func isAnswered(_ question: Question) -> Bool {
        switch question {
        case .want: return want != nil
        case .category: return category != nil
        case .district: return district != nil
        case .orgNumber: return hasOrgNumber != nil
        case .joined: return joined != nil
        case .capacity: return capacity != nil
        }
    }

    /// The first question without an answer; nil when the result can be shown.
    public var nextQuestion: Question? { Question.allCases.first { !isAnswered($0) } }

    /// Every combination of answers (for tests and the API's examples): 5 × 12 × 2 × 2 × 3 × 3.
    public static func all(districts: [DistrictID]) -> [GuideAnswers] {
        var result: [GuideAnswers] = []
        for want in Want.allCases {
            for category in AssociationCategory.allCases {
                for district in [Place.everywhere] + districts.map(Place.district) {
                    for org in [true, false] {
                        for joined in Joined.allCases {
                            for capacity in Capacity.allCases {
                                result.append(GuideAnswers(want: want, category: category, district: district, hasOrgNumber: org,
                                                           joined: joined, capacity: capacity))
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
