/// The ladder guide's questions, each with a small set of answers, so every combination can
/// be tested. Parsed from the query string of the guide's pages; unknown values are unanswered.
public struct GuideAnswers: Sendable, Hashable {
    public enum Want: String, Sendable, Hashable, CaseIterable {
        case knowMore, beHeard, doTogether, moneyOrPremises, partnership
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

    public var want: Want?
    public var category: AssociationCategory?
    /// A district id, or nil for "the whole municipality" / not answered.
    public var district: String?
    public var hasOrgNumber: Bool?
    public var joined: Joined?
    public var capacity: Capacity?

    public init(want: Want? = nil, category: AssociationCategory? = nil, district: String? = nil, hasOrgNumber: Bool? = nil,
                joined: Joined? = nil, capacity: Capacity? = nil) {
        self.want = want
        self.category = category
        self.district = district
        self.hasOrgNumber = hasOrgNumber
        self.joined = joined
        self.capacity = capacity
    }

    /// From query items; `district` is kept only when it is one of `knownDistricts` or "all".
    public init(query: [String: String], knownDistricts: Set<String>) {
        want = query["want"].flatMap(Want.init(rawValue:))
        category = query["category"].flatMap(AssociationCategory.init(rawValue:))
        let place = query["district"]?.lowercased()
        district = place.flatMap { $0 == "all" || knownDistricts.contains($0) ? $0 : nil }
        hasOrgNumber = query["orgNumber"].flatMap { ["yes": true, "no": false][$0] }
        joined = query["joined"].flatMap(Joined.init(rawValue:))
        capacity = query["capacity"].flatMap(Capacity.init(rawValue:))
    }

    /// The answers as query items, in question order, for links that carry them along.
    public var query: [(String, String?)] {
        [("want", want?.rawValue), ("category", category?.rawValue), ("district", district),
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
    public static func all(districts: [String]) -> [GuideAnswers] {
        var result: [GuideAnswers] = []
        for want in Want.allCases {
            for category in AssociationCategory.allCases {
                for district in ["all"] + districts {
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
