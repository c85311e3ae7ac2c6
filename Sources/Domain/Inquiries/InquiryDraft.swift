/// What a person fills in on "Kontakta kommunen", or staff fill in for someone who called,
/// wrote or came by. Checked before anything is stored; problems name the field.
public struct InquiryDraft: Sendable, Equatable {
    public static let questionLimit = 5000

    public var topic: String
    public var question: String
    public var districtID: String
    public var associationID: String
    public var name: String
    public var email: String
    public var phone: String
    public var address: String
    public var channel: String
    public var receivedVia: String

    public init(topic: String = "", question: String = "", districtID: String = "", associationID: String = "",
                name: String = "", email: String = "", phone: String = "", address: String = "",
                channel: String = "", receivedVia: String = "web") {
        self.topic = topic
        self.question = question
        self.districtID = districtID
        self.associationID = associationID
        self.name = name
        self.email = email
        self.phone = phone
        self.address = address
        self.channel = channel
        self.receivedVia = receivedVia
    }

    public struct Checked: Sendable, Equatable {
        public var topic: InquiryTopic
        public var question: String
        public var districtID: String?
        public var associationID: String?
        public var name: String
        public var email: EmailAddress?
        public var phone: String
        public var address: String
        public var channel: AnswerChannel
        public var receivedVia: ReceivedVia
    }

    /// Checks the draft. `knownDistricts` and `ownAssociations` are the ids the person may choose.
    public func check(knownDistricts: Set<String>, ownAssociations: Set<String>) -> Result<Checked, FieldErrors> {
        var checks = FieldChecks()
        let topic = InquiryTopic(rawValue: self.topic)
        if topic == nil { checks.add("topic", "error.choose") }
        checks.require(question, "question", max: Self.questionLimit)
        let district = districtID.trimmingWhitespace().lowercased()
        if !district.isEmpty && !knownDistricts.contains(district) { checks.add("districtID", "error.choose") }
        let association = associationID.trimmingWhitespace().lowercased()
        if !association.isEmpty && !ownAssociations.contains(association) { checks.add("associationID", "error.choose") }
        checks.require(name, "name", max: 200)
        let channel = AnswerChannel(rawValue: self.channel)
        if channel == nil { checks.add("channel", "error.choose") }
        let email = EmailAddress(self.email)
        checks.limit(self.email, "email", max: 254)
        if !self.email.trimmingWhitespace().isEmpty && email == nil && checks.error(for: "email") == nil {
            checks.add("email", "error.email")
        } else if channel == .email && self.email.trimmingWhitespace().isEmpty {
            checks.add("email", "error.inquiry.emailForAnswer")
        }
        checks.limit(phone, "phone", max: 40)
        let phoneDigits = phone.filter(\.isNumber).count
        if !phone.trimmingWhitespace().isEmpty && checks.error(for: "phone") == nil
            && (phoneDigits < 5 || !phone.allSatisfy({ $0.isNumber || " +-()".contains($0) })) {
            checks.add("phone", "error.phone")
        } else if channel == .phone && phone.trimmingWhitespace().isEmpty {
            checks.add("phone", "error.inquiry.phoneForAnswer")
        }
        checks.limit(address, "address", max: 300)
        if channel == .letter && address.trimmingWhitespace().isEmpty && checks.error(for: "address") == nil {
            checks.add("address", "error.inquiry.addressForAnswer")
        }
        let via = ReceivedVia(rawValue: receivedVia)
        if via == nil { checks.add("receivedVia", "error.choose") }
        guard let topic, let channel, let via, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(Checked(
            topic: topic, question: question.trimmingWhitespace(), districtID: district.isEmpty ? nil : district,
            associationID: association.isEmpty ? nil : association, name: name.trimmingWhitespace(), email: email,
            phone: phone.trimmingWhitespace(), address: address.trimmingWhitespace(), channel: channel, receivedVia: via))
    }

    public var formValues: [String: String] {
        ["topic": topic, "question": question, "districtID": districtID, "associationID": associationID, "name": name,
         "email": email, "phone": phone, "address": address, "channel": channel, "receivedVia": receivedVia]
    }
}
