import Fluent
import SQLKit

/// The yearly follow-up reads a year's rows of each area by the day they happened: invitations,
/// partnerships, chosen answers, answers and initiatives by date; the register's counts per
/// member band from an index alone.
struct IndexFollowUp: IndexMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("consultation_invitations_invited", ConsultationInvitation.schema, ["invited_at", "association_id"]),
        ("project_partners_invited", ProjectPartner.schema, ["invited_at"]),
        ("call_answers_created", CallAnswer.schema, ["created_at"]),
        ("call_answers_decided", CallAnswer.schema, ["decided_at"]),
        ("offer_answers_created", OfferAnswer.schema, ["created_at"]),
        ("initiatives_created", Initiative.schema, ["created_at"]),
        ("associations_status_band", Association.schema, ["status", "member_band"]),
    ]
}
