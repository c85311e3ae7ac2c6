import Foundation

/// When an assignment happens: on one day, regularly ("Tuesdays 17–19"), or whenever suits the volunteer.
public enum AssignmentTiming: String, Sendable, Hashable, CaseIterable, Codable {
    case once, regular, flexible
}

/// What the organiser gives a volunteer.
public enum VolunteerPerk: String, Sendable, Hashable, CaseIterable, Codable {
    case introduction, insurance, expenses
}

/// Where one person's interest in an assignment stands: not yet answered, welcomed, not this
/// time (with a reason), or taken back by the person (their details deleted).
public enum InterestStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case new, welcomed, declined, withdrawn
}

/// The organiser's answer to an interest.
public enum InterestAnswer: Sendable, Hashable {
    case welcome(message: String)
    case decline(reason: String)

    public var status: InterestStatus {
        switch self {
        case .welcome: return .welcomed
        case .decline: return .declined
        }
    }

    public var text: String {
        switch self {
        case .welcome(let message): return message
        case .decline(let reason): return reason
        }
    }

    /// From the answer form: `answer` is welcome or decline; a decline says why.
    public static func read(_ fields: FormFields) -> Result<InterestAnswer, FieldErrors> {
        var checks = FieldChecks()
        checks.limit(fields["message"], "message", max: 2000)
        let text = fields["message"].trimmingWhitespace()
        switch fields["answer"] {
        case "welcome":
            guard checks.isValid else { break }
            return .success(.welcome(message: text))
        case "decline":
            if text.isEmpty { checks.add("message", "error.volunteering.reason") }
            guard checks.isValid else { break }
            return .success(.decline(reason: text))
        default:
            checks.add("answer", "error.choose")
        }
        return .failure(FieldErrors(errors: checks.errors))
    }
}

/// The age from which an assignment suits young people, for the "suits young people (16+)" filter.
public enum VolunteerAge {
    public static let youth = 16
}
