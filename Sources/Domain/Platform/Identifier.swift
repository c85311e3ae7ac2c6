import Foundation

/// A record's id, typed by what it identifies, so a district's id cannot be passed where an
/// association's is expected. Parsed once at the edge (a URL, a form) and trusted inside; its
/// text, the lower-case UUID, is the one form ids take in URLs, forms and mails.
public struct Identifier<Subject>: Hashable, Sendable, Comparable, LosslessStringConvertible, Codable {
    public let uuid: UUID

    public init(_ uuid: UUID) {
        self.uuid = uuid
    }

    /// Reads an id as written in a URL or a form; nil for anything that is not a UUID.
    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text.trimmingWhitespace()) else { return nil }
        self.uuid = uuid
    }

    /// A new id, for a record about to be created.
    public static func make() -> Self { Self(UUID()) }

    public var description: String { uuid.uuidString.lowercased() }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.uuid.uuidString < rhs.uuid.uuidString }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = Self(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// What the ids identify: names only, never values.
public enum Subjects {
    public enum Association {}
    public enum Consultation {}
    public enum CouncilMember {}
    public enum Department {}
    public enum District {}
    public enum Inquiry {}
    public enum Mail {}
    public enum Project {}
    public enum ProjectPartner {}
    public enum SupportOffering {}
    public enum User {}
}

public typealias AssociationID = Identifier<Subjects.Association>
public typealias ConsultationID = Identifier<Subjects.Consultation>
public typealias CouncilMemberID = Identifier<Subjects.CouncilMember>
public typealias DepartmentID = Identifier<Subjects.Department>
public typealias DistrictID = Identifier<Subjects.District>
public typealias InquiryID = Identifier<Subjects.Inquiry>
/// A message in the outbox.
public typealias MailID = Identifier<Subjects.Mail>
public typealias ProjectID = Identifier<Subjects.Project>
public typealias ProjectPartnerID = Identifier<Subjects.ProjectPartner>
public typealias SupportOfferingID = Identifier<Subjects.SupportOffering>
public typealias UserID = Identifier<Subjects.User>

extension Set {
    /// The ids among `texts` that parse, e.g. the districts ticked in a form.
    public static func ids<Subject>(_ texts: [String]) -> Set<Identifier<Subject>> where Element == Identifier<Subject> {
        Set(texts.compactMap(Identifier<Subject>.init))
    }
}
