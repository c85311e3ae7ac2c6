/// What kind of support an offering is.
public enum SupportKind: String, Sendable, Hashable, CaseIterable, Codable {
    case grant, premises, eventHelp, training, advice, consultation, projectCooperation, partnership, reservedProcurement
}

/// The cooperation ladder (Council of Europe's code for civil participation, as used in Sweden):
/// each step asks more of both parties and gives civil society more say.
public enum LadderStep: Int, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case information = 1, consultation, dialogue, partnership

    /// The case's name, as URLs and the API say it (read once: `String(describing:)` reflects).
    public var key: String { Self.keys[rawValue - 1] }

    /// In declaration order, which is raw-value order from 1.
    private static let keys = allCases.map { String(describing: $0) }

    public static func < (lhs: LadderStep, rhs: LadderStep) -> Bool { lhs.rawValue < rhs.rawValue }
}
