/// A question as filled in on "Kontakta kommunen", or by staff for someone who called, wrote or
/// came by — read from the form and checked before anything is stored. Problems name the field.
public struct InquiryDraft: Sendable, Equatable {
    public static let questionLimit = 5000
    public static let nameLimit = 100

    public var topic: InquiryTopic
    public var question: String
    public var districtID: DistrictID?
    public var associationID: AssociationID?
    public var name: String
    public var email: EmailAddress?
    public var phone: String
    public var address: String
    public var channel: AnswerChannel
    public var receivedVia: ReceivedVia

    /// Reads the form. `knownDistricts` and `ownAssociations` are what the person may choose.
    public static func read(_ form: FormFields, knownDistricts: Set<DistrictID>,
                            ownAssociations: Set<AssociationID>) -> Result<InquiryDraft, FieldErrors> {
        var checks = FieldChecks()
        let topic = InquiryTopic(rawValue: form["topic"])
        if topic == nil { checks.add("topic", "error.choose") }
        checks.require(form["question"], "question", max: questionLimit)
        let district = choice(form["districtID"], among: knownDistricts, "districtID", &checks)
        let association = choice(form["associationID"], among: ownAssociations, "associationID", &checks)
        checks.name(form["name"], "name", max: nameLimit)
        let channel = AnswerChannel(rawValue: form["channel"])
        if channel == nil { checks.add("channel", "error.choose") }
        let email = EmailAddress(form["email"])
        checks.limit(form["email"], "email", max: 254)
        if !form["email"].trimmingWhitespace().isEmpty && email == nil && checks.error(for: "email") == nil {
            checks.add("email", "error.email")
        } else if channel == .email && form["email"].trimmingWhitespace().isEmpty {
            checks.add("email", "error.inquiry.emailForAnswer")
        }
        let phone = form["phone"]
        checks.phone(phone, "phone")
        if channel == .phone && phone.trimmingWhitespace().isEmpty {
            checks.add("phone", "error.inquiry.phoneForAnswer")
        }
        checks.limit(form["address"], "address", max: 300)
        if channel == .letter && form["address"].trimmingWhitespace().isEmpty && checks.error(for: "address") == nil {
            checks.add("address", "error.inquiry.addressForAnswer")
        }
        let via = ReceivedVia(rawValue: form["receivedVia"])
        if via == nil { checks.add("receivedVia", "error.choose") }
        guard let topic, let channel, let via, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(InquiryDraft(
            topic: topic, question: form["question"].trimmingWhitespace(), districtID: district, associationID: association,
            name: form["name"].trimmingWhitespace(), email: email, phone: phone.trimmingWhitespace(),
            address: form["address"].trimmingWhitespace(), channel: channel, receivedVia: via))
    }

    /// An optional choice: empty, or one of `allowed`.
    private static func choice<Subject>(_ text: String, among allowed: Set<Identifier<Subject>>, _ field: String,
                                        _ checks: inout FieldChecks) -> Identifier<Subject>? {
        guard !text.trimmingWhitespace().isEmpty else { return nil }
        guard let id = Identifier<Subject>(text), allowed.contains(id) else {
            checks.add(field, "error.choose")
            return nil
        }
        return id
    }
}
