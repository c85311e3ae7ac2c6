import Foundation

/// Who answers a consultation: an association through its representative (its one official
/// answer), or a person for themselves.
public enum Respondent: Sendable, Hashable {
    case association(AssociationID)
    case person(UserID)

    /// One key per respondent and consultation; a unique index on it keeps one answer each,
    /// even when two submits race.
    public var key: String {
        switch self {
        case .association(let id): return "a:\(id)"
        case .person(let id): return "p:\(id)"
        }
    }

    /// Parses the form's choice: `person` or an association's id.
    public init?(choice: String, userID: UserID) {
        if choice == "person" { self = .person(userID); return }
        guard let id = AssociationID(choice) else { return nil }
        self = .association(id)
    }

    public var choice: String {
        switch self {
        case .association(let id): return id.description
        case .person: return "person"
        }
    }
}

extension Policy {
    /// Answering a consultation: anyone signed in for themselves; for an association only its representatives.
    public static func mayRespond(_ actor: Actor, as respondent: Respondent) -> Bool {
        switch respondent {
        case .person(let id): return actor.isSignedIn && actor.userID == id
        case .association(let id): return mayRepresent(actor, association: id)
        }
    }
}

/// What a respondent writes: one answer per question the department asked, and a comment.
public struct ResponseDraft: Sendable, Hashable, Codable {
    public var answers: [String]
    public var comment: String

    public init(answers: [String] = [], comment: String = "") {
        self.answers = answers
        self.comment = comment
    }

    public static let maxAnswer = 10_000
    public static let maxComment = 20_000

    public enum Intent: String, Sendable { case draft, submit }

    /// A draft may be incomplete; a submitted answer must say something. Lengths hold for both.
    public func check(_ intent: Intent, questions: Int) -> Result<ResponseDraft, FieldErrors> {
        var checks = FieldChecks()
        let answers = (0..<questions).map { $0 < self.answers.count ? self.answers[$0].trimmingWhitespace() : "" }
        for (index, answer) in answers.enumerated() { checks.limit(answer, Self.answerField(index), max: Self.maxAnswer) }
        let comment = self.comment.trimmingWhitespace()
        checks.limit(comment, "comment", max: Self.maxComment)
        if intent == .submit, comment.isEmpty, answers.allSatisfy(\.isEmpty) {
            checks.add(questions > 0 ? Self.answerField(0) : "comment", "error.response.empty")
        }
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(ResponseDraft(answers: answers, comment: comment))
    }

    public static func answerField(_ index: Int) -> String { "answer\(index + 1)" }

    public var formValues: [String: String] {
        var values = ["comment": comment]
        for (index, answer) in answers.enumerated() { values[Self.answerField(index)] = answer }
        return values
    }

    /// Stored as one JSON text, so the number of questions may differ between consultations.
    public var encoded: String {
        String(decoding: (try? JSONEncoder().encode(answers)) ?? Data("[]".utf8), as: UTF8.self)
    }

    public static func decodeAnswers(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}

/// Answers are public records: whoever may see them, when.
public enum ResponseVisibility {
    /// Everyone sees the submitted answers once the consultation has closed; the responsible
    /// department sees them as they come in. Drafts are only their writer's.
    public static func isPublic(_ status: ConsultationStatus) -> Bool { status == .closed || status == .compiled }
}
