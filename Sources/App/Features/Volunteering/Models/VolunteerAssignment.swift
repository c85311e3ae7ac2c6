import Fluent
import Foundation
import Domain

/// A volunteer assignment: the organiser's draft as written, its districts in a table of their
/// own (for the district filter), and when it was closed early.
package final class VolunteerAssignment: Model, PublishedByParty, @unchecked Sendable {
    package static let schema = "volunteer_assignments"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "slug") package var slug: String
    /// `a:<id>` or `d:<id>` (`Party`), with the id in its own column for the foreign key.
    @Field(key: "organiser_key") package var organiserKey: String
    @OptionalField(key: "organiser_association_id") package var organiserAssociationID: UUID?
    @OptionalField(key: "organiser_department_id") package var organiserDepartmentID: UUID?
    @OptionalField(key: "author_id") package var authorID: UUID?
    @Field(key: "title") package var title: String
    @Field(key: "summary") package var summary: String
    @Field(key: "easy_read") package var easyRead: String
    @Field(key: "description") package var description: String
    @Field(key: "target_group") package var targetGroup: TargetGroup
    @Field(key: "place") package var place: String
    @Field(key: "remote") package var remote: Bool
    @Field(key: "timing") package var timing: AssignmentTiming
    @OptionalField(key: "day") package var day: String?
    @Field(key: "schedule") package var schedule: String
    @Field(key: "effort") package var effort: String
    @Field(key: "minimum_age") package var minimumAge: Int
    @Field(key: "languages") package var languages: String
    @Field(key: "needs_record_extract") package var needsRecordExtract: Bool
    /// Codes, space-separated.
    @Field(key: "perks") package var perks: String
    @Field(key: "needed") package var needed: Int
    /// The last day to show interest, "2027-03-31" (ISO days order as text).
    @Field(key: "closes") package var closes: String
    @OptionalField(key: "closed_at") package var closedAt: Date?
    @Field(key: "contact_name") package var contactName: String
    @Field(key: "contact_email") package var contactEmail: String
    @Field(key: "for_staff") package var forStaff: Bool

    package init() {}

    /// Writes a checked draft (the districts are written by the caller, in the same change).
    package func apply(_ draft: AssignmentDraft) {
        setOrganiser(draft.organiser)
        (title, summary, easyRead, description, targetGroup) = (draft.title, draft.summary, draft.easyRead, draft.description, draft.targetGroup)
        (place, remote, timing, day, schedule, effort) = (draft.place, draft.remote, draft.timing, draft.day?.description, draft.schedule, draft.effort)
        (minimumAge, languages, needsRecordExtract) = (draft.minimumAge, draft.languages, draft.needsRecordExtract)
        perks = draft.perks.map(\.rawValue).joined(separator: " ")
        (needed, closes, contactName, contactEmail) = (draft.needed, draft.closes.description, draft.contactName, draft.contactEmail.value)
        forStaff = draft.forStaff
    }

    package var closesDay: CalendarDay { CalendarDay(iso: closes) ?? CalendarDay(createdAt ?? Date()) }
    package var state: AssignmentState {
        AssignmentState(organiser: organiser ?? .department(DepartmentID(UUID())), closes: closesDay, closedAt: closedAt)
    }
    package var perkList: [VolunteerPerk] { perks.split(separator: " ").compactMap { VolunteerPerk(rawValue: String($0)) } }

    /// The form's values for changing it.
    package func formValues(districts: [UUID]) -> FormFields {
        var pairs: [(String, String)] = [
            ("organiser", organiserKey), ("title", title), ("easyRead", easyRead), ("summary", summary), ("description", description),
            ("targetGroup", targetGroup.rawValue), ("place", place), ("remote", remote ? "on" : ""), ("timing", timing.rawValue),
            ("day", day ?? ""), ("schedule", schedule), ("effort", effort), ("minimumAge", minimumAge == 0 ? "" : String(minimumAge)),
            ("languages", languages), ("needsRecordExtract", needsRecordExtract ? "on" : ""), ("needed", String(needed)),
            ("closes", closes), ("contactName", contactName), ("contactEmail", contactEmail), ("forStaff", forStaff ? "on" : ""),
        ]
        pairs += perkList.map { ("perks", $0.rawValue) } + districts.map { ("districts", DistrictID($0).description) }
        return FormFields(pairs)
    }
}

/// A district an assignment is in.
package final class VolunteerAssignmentDistrict: Model, @unchecked Sendable {
    package static let schema = "volunteer_assignment_districts"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "assignment_id") package var assignment: VolunteerAssignment
    @Field(key: "district_id") package var districtID: UUID

    package init() {}

    package init(assignmentID: UUID, districtID: UUID) {
        self.$assignment.id = assignmentID
        self.districtID = districtID
    }
}

extension VolunteerAssignment: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $slug, $organiserKey, $organiserAssociationID, $organiserDepartmentID,
         $authorID, $title, $summary, $easyRead, $description, $targetGroup, $place, $remote, $timing, $day,
         $schedule, $effort, $minimumAge, $languages, $needsRecordExtract, $perks, $needed, $closes, $closedAt,
         $contactName, $contactEmail, $forStaff]
    }
}

extension VolunteerAssignmentDistrict: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $assignment, $districtID] }
}
