import Foundation

/// A volunteer assignment as its organiser writes it: what and for whom, where (districts, a
/// place, or remote), when (a day, regularly, or flexible) and how much time, who can do it,
/// what the volunteer gets, how many are needed, the last day to show interest, and a contact.
public struct AssignmentDraft: Sendable, Hashable {
    public var organiser: Party
    public var title: String
    public var summary: String
    public var easyRead: String
    public var description: String
    public var targetGroup: TargetGroup
    public var districts: [DistrictID]
    public var place: String
    public var remote: Bool
    public var timing: AssignmentTiming
    /// The day, for an assignment that happens once.
    public var day: CalendarDay?
    /// "Tuesdays 17–19": required when regular, a time of day otherwise.
    public var schedule: String
    /// How much time it takes: "2 hours a week".
    public var effort: String
    /// 0: no lower age.
    public var minimumAge: Int
    public var languages: String
    /// A police record extract is needed (work with children).
    public var needsRecordExtract: Bool
    public var perks: [VolunteerPerk]
    public var needed: Int
    public var closes: CalendarDay
    public var contactName: String
    public var contactEmail: EmailAddress
    /// Offered to the municipality's staff as a day with civil society (an association's offer).
    public var forStaff: Bool = false

    public static let titleLimit = 120, summaryLimit = 400, easyReadLimit = 400, descriptionLimit = 8000, districtLimit = 10

    public var suitsYouth: Bool { minimumAge <= VolunteerAge.youth }

    public init(organiser: Party, title: String, summary: String, easyRead: String, description: String = "", targetGroup: TargetGroup,
                districts: [DistrictID] = [], place: String = "", remote: Bool = false, timing: AssignmentTiming, day: CalendarDay? = nil,
                schedule: String = "", effort: String, minimumAge: Int = 0, languages: String = "", needsRecordExtract: Bool = false,
                perks: [VolunteerPerk] = [], needed: Int = 1, closes: CalendarDay, contactName: String, contactEmail: EmailAddress) {
        (self.organiser, self.title, self.summary, self.easyRead, self.description) = (organiser, title, summary, easyRead, description)
        (self.targetGroup, self.districts, self.place, self.remote) = (targetGroup, districts, place, remote)
        (self.timing, self.day, self.schedule, self.effort) = (timing, day, schedule, effort)
        (self.minimumAge, self.languages, self.needsRecordExtract, self.perks) = (minimumAge, languages, needsRecordExtract, perks)
        (self.needed, self.closes, self.contactName, self.contactEmail) = (needed, closes, contactName, contactEmail)
    }

    /// Reads the form; `organisers` are the sides this person may publish for.
    public static func read(_ fields: FormFields, organisers: [Party], knownDistricts: Set<DistrictID>) -> Result<AssignmentDraft, FieldErrors> {
        var checks = FieldChecks()
        let organiser = checks.publication(fields, organisers: organisers, title: titleLimit, summary: summaryLimit, easyRead: easyReadLimit,
                                           description: descriptionLimit)
        let group = TargetGroup(rawValue: fields["targetGroup"])
        if group == nil { checks.add("targetGroup", "error.choose") }
        let districts = fields.all("districts").compactMap(DistrictID.init)
        if districts.count != fields.all("districts").count || !districts.allSatisfy(knownDistricts.contains) { checks.add("districts", "error.choose") }
        if Set(districts).count > districtLimit { checks.add("districts", "error.volunteering.districts", ["count": String(districtLimit)]) }
        checks.limit(fields["place"], "place", max: 200)
        let remote = fields["remote"] == "on"
        if districts.isEmpty && fields["place"].trimmingWhitespace().isEmpty && !remote { checks.add("districts", "error.volunteering.where") }
        let timing = AssignmentTiming(rawValue: fields["timing"])
        if timing == nil { checks.add("timing", "error.choose") }
        var day: CalendarDay?
        if timing == .once {
            day = CalendarDay(iso: fields["day"])
            if day == nil { checks.add("day", "error.date") }
        }
        if timing == .regular { checks.require(fields["schedule"], "schedule", max: 200) } else { checks.limit(fields["schedule"], "schedule", max: 200) }
        checks.require(fields["effort"], "effort", max: 200)
        let ageText = fields["minimumAge"].trimmingWhitespace()
        let age = ageText.isEmpty ? 0 : Int(ageText).flatMap { (0...99).contains($0) ? $0 : nil }
        if age == nil { checks.add("minimumAge", "error.volunteering.age") }
        checks.limit(fields["languages"], "languages", max: 200)
        let perks = fields.all("perks").compactMap(VolunteerPerk.init(rawValue:))
        if perks.count != fields.all("perks").count { checks.add("perks", "error.choose") }
        let needed = Int(fields["needed"].trimmingWhitespace()).flatMap { (1...1000).contains($0) ? $0 : nil }
        if needed == nil { checks.add("needed", "error.volunteering.needed") }
        let closes = CalendarDay(iso: fields["closes"])
        if closes == nil { checks.add("closes", "error.date") }
        if let day, let closes, closes > day { checks.add("closes", "error.volunteering.closesAfterDay") }
        checks.name(fields["contactName"], "contactName", max: 200)
        let email = EmailAddress(fields["contactEmail"].trimmingWhitespace())
        if email == nil { checks.add("contactEmail", fields["contactEmail"].trimmingWhitespace().isEmpty ? "error.required" : "error.email") }
        let forStaff = fields["forStaff"] == "on"
        if forStaff, case .department = organiser { checks.add("forStaff", "error.volunteering.forStaff") }
        guard let organiser, let group, let timing, let age, let needed, let closes, let email, checks.isValid else {
            return .failure(FieldErrors(errors: checks.errors))
        }
        func text(_ name: String) -> String { fields[name].trimmingWhitespace() }
        var draft = AssignmentDraft(
            organiser: organiser, title: text("title"), summary: text("summary"), easyRead: text("easyRead"), description: text("description"),
            targetGroup: group, districts: Array(Set(districts)).sorted { $0.description < $1.description }, place: text("place"), remote: remote,
            timing: timing, day: day, schedule: text("schedule"), effort: text("effort"), minimumAge: age, languages: text("languages"),
            needsRecordExtract: fields["needsRecordExtract"] == "on", perks: VolunteerPerk.allCases.filter(perks.contains), needed: needed,
            closes: closes, contactName: text("contactName"), contactEmail: email)
        draft.forStaff = forStaff
        return .success(draft)
    }
}
