/// What a subscriber follows and how often, read from the subscription form.
public struct SubscriptionDraft: Sendable, Equatable {
    public var topics: [SubscriptionTopic]
    public var frequency: SubscriptionFrequency

    public init(topics: [SubscriptionTopic], frequency: SubscriptionFrequency) {
        self.topics = topics
        self.frequency = frequency
    }

    /// At least one district or category; `knownDistricts` are the districts there are.
    public static func read(_ form: FormFields, knownDistricts: Set<DistrictID>) -> Result<SubscriptionDraft, FieldErrors> {
        var checks = FieldChecks()
        let districts = form.all("districts").compactMap(DistrictID.init)
        if districts.count != form.all("districts").count || !Set(districts).isSubset(of: knownDistricts) { checks.add("districts", "error.choose") }
        let categories = form.all("categories").compactMap(AssociationCategory.init(rawValue:))
        if categories.count != form.all("categories").count { checks.add("categories", "error.choose") }
        let frequency = SubscriptionFrequency(rawValue: form["frequency"])
        if frequency == nil { checks.add("frequency", "error.choose") }
        if form.all("districts").isEmpty && form.all("categories").isEmpty { checks.add("districts", "error.subscription.empty") }
        guard let frequency, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        let topics = Set(districts).sorted().map(SubscriptionTopic.district)
            + Set(categories).sorted { $0.rawValue < $1.rawValue }.map(SubscriptionTopic.category)
        return .success(SubscriptionDraft(topics: topics, frequency: frequency))
    }
}
