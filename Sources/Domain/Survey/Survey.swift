import Foundation

/// Who answers the yearly survey: each verified association once, and each department or
/// company once. Results are shown per group, never per respondent.
public enum SurveyRespondent: Sendable, Hashable {
    case association(AssociationID)
    case department(DepartmentID)

    /// One key per respondent and survey (a unique index on it keeps one answer each), and the
    /// form's choice: `a:<id>` or `d:<id>`.
    public var key: String {
        switch self {
        case .association(let id): return "a:\(id)"
        case .department(let id): return "d:\(id)"
        }
    }

    public var group: SurveyGroup {
        switch self {
        case .association: return .associations
        case .department: return .departments
        }
    }

    /// Reads a form's choice, the respondent's `key`.
    public init?(choice: String) {
        let parts = choice.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "a": guard let id = AssociationID(parts[1]) else { return nil }; self = .association(id)
        case "d": guard let id = DepartmentID(parts[1]) else { return nil }; self = .department(id)
        default: return nil
        }
    }
}

public enum SurveyGroup: String, Sendable, Hashable, CaseIterable, Codable {
    case associations, departments
}

/// The coordinator's survey for a year: its questions (each answered 1–5) and when it is open.
public struct SurveyDraft: Sendable, Hashable {
    public var questions: [String]
    public var opens: CalendarDay
    public var closes: CalendarDay

    public init(questions: [String], opens: CalendarDay, closes: CalendarDay) {
        (self.questions, self.opens, self.closes) = (questions, opens, closes)
    }

    public static let maximumQuestions = 12

    /// Questions one a line; the survey is open within its year.
    public static func read(_ fields: FormFields, year: Int) -> Result<SurveyDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(fields["questions"], "questions", max: 4000)
        let questions = fields["questions"].split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        if checks.error(for: "questions") == nil && (questions.count > maximumQuestions || questions.contains { $0.count > 300 }) {
            checks.add("questions", "error.survey.questions", ["max": String(maximumQuestions)])
        }
        let opens = CalendarDay(iso: fields["opens"].trimmingWhitespace()), closes = CalendarDay(iso: fields["closes"].trimmingWhitespace())
        if opens == nil || opens!.year != year { checks.add("opens", "error.survey.day", ["year": String(year)]) }
        if closes == nil || closes!.year != year || (opens.map { closes! < $0 } ?? false) { checks.add("closes", "error.survey.closes") }
        guard let opens, let closes, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(SurveyDraft(questions: questions, opens: opens, closes: closes))
    }
}

/// One respondent's answer: a score 1–5 for each question, and what more they want to say.
public struct SurveyAnswerDraft: Sendable, Hashable {
    public var scores: [Int]
    public var comment: String

    public init(scores: [Int], comment: String = "") {
        (self.scores, self.comment) = (scores, comment)
    }

    /// Fields `q1`…`qN` hold the scores.
    public static func read(_ fields: FormFields, questions: Int) -> Result<SurveyAnswerDraft, FieldErrors> {
        var checks = FieldChecks()
        var scores: [Int] = []
        for index in stride(from: 1, through: questions, by: 1) {
            if let score = Int(fields["q\(index)"]), (1...5).contains(score) { scores.append(score) } else { checks.add("q\(index)", "error.survey.score") }
        }
        checks.limit(fields["comment"], "comment", max: 2000)
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(SurveyAnswerDraft(scores: scores, comment: fields["comment"].trimmingWhitespace()))
    }
}

/// Who may answer for whom, when, and what may be shown of the answers.
public enum SurveyRules {
    public static func mayManage(_ actor: Actor) -> Bool { MeetingRules.mayManage(actor) }

    /// An association's representatives (the caller passes only verified associations); a
    /// department's contact person or the one who looks after its records.
    public static func mayAnswer(_ actor: Actor, as respondent: SurveyRespondent) -> Bool {
        switch respondent {
        case .association(let id): return Policy.mayRepresent(actor, association: id)
        case .department(let id):
            return actor.isSignedIn && actor.isStaff && actor.departmentID == id && (actor.isContactNetworkMember || actor.isDepartmentAdmin)
        }
    }

    public static func isOpen(opens: CalendarDay, closes: CalendarDay, today: CalendarDay) -> Bool {
        opens <= today && today <= closes
    }

    /// Decided inside the change, on the survey and the respondent's earlier answer as read there.
    public static func answer(by actor: Actor, as respondent: SurveyRespondent, opens: CalendarDay, closes: CalendarDay, today: CalendarDay,
                              alreadyAnswered: Bool) -> Result<Void, ProjectRefusal> {
        guard mayAnswer(actor, as: respondent) else { return .failure(.forbidden) }
        guard isOpen(opens: opens, closes: closes, today: today) else { return .failure(.notNow("error.survey.closed")) }
        return alreadyAnswered ? .failure(.notNow("error.survey.answered")) : .success(())
    }

    /// The questions may change until the first answer: after that, answers would no longer
    /// match their questions.
    public static func mayChangeQuestions(answers: Int) -> Bool { answers == 0 }

    /// Results are shown once the survey has closed: while answers come in, the means before and
    /// after one more answer would tell what that answer was.
    public static func showsResults(closes: CalendarDay, today: CalendarDay) -> Bool { today > closes }

    /// Each question's mean score in a group, or "too few answers" below five.
    public static func means(_ answers: [[Int]], questions: Int) -> [Reported<Double>] {
        (0..<questions).map { index in
            let scores = answers.compactMap { index < $0.count ? $0[index] : nil }
            return AnswerPrivacy.report(answers: scores.count) { Double(scores.reduce(0, +)) / Double(scores.count) }
        }
    }
}
