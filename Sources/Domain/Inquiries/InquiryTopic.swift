import Foundation

/// What a question is about, in the words a person would use. Each topic is routed to one
/// department's entry point by a table the admin keeps; "I don't know" goes to the coordinator,
/// and so does a matter for the cooperation council, whose members handle it there.
public enum InquiryTopic: String, Sendable, Hashable, CaseIterable, Codable {
    case premises, grants, eventsAndPermits, childrenAndSchool, youthAndLeisure, culture, sport
    case socialSupport, elderlyCare, disability, housing, streetsAndParks, environment
    case workAndIntegration, cooperation, council, unknown

    /// Whether the admin's table routes it; the others always go to the coordinator.
    public var isRouted: Bool { self != .unknown && self != .council }
}

/// Pure routing: the topic's department if the table names one, otherwise the coordinator.
public enum InquiryRouting {
    /// The admin's table from its form: one field per topic, a department's id or empty (the coordinator).
    public static func readTable(_ form: FormFields, departments: Set<DepartmentID>) -> Result<[InquiryTopic: DepartmentID], FieldErrors> {
        var checks = FieldChecks()
        var table: [InquiryTopic: DepartmentID] = [:]
        for topic in InquiryTopic.allCases where topic.isRouted && !form[topic.rawValue].isEmpty {
            if let id = DepartmentID(form[topic.rawValue]), departments.contains(id) { table[topic] = id } else { checks.add(topic.rawValue, "error.choose") }
        }
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(table)
    }

    public static func department(for topic: InquiryTopic, table: [InquiryTopic: UUID], coordinator: UUID) -> UUID {
        guard topic.isRouted, let department = table[topic] else { return coordinator }
        return department
    }
}

/// How the person wants the answer.
public enum AnswerChannel: String, Sendable, Hashable, CaseIterable, Codable {
    case email, phone, letter
}

/// How the inquiry reached the municipality (N19: not only online).
public enum ReceivedVia: String, Sendable, Hashable, CaseIterable, Codable {
    case web, phone, letter, visit
}

/// How an inquiry ended, chosen by the handler who closes it.
public enum InquiryOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    case answered, referred, notOurs, withdrawn
}
