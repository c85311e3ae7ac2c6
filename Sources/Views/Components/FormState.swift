import Domain

/// What a form shows: the values typed so far and the problems found in them.
/// A page model holds one, so a rejected form comes back with the reader's input intact.
public struct FormState: Sendable {
    public var values: [String: String]
    public var errors: [FieldError]

    public init(values: [String: String] = [:], errors: [FieldError] = []) {
        self.values = values
        self.errors = errors
    }

    public subscript(_ name: String) -> String { values[name] ?? "" }

    public func error(_ name: String) -> FieldError? { errors.first { $0.field == name } }

    public var hasErrors: Bool { !errors.isEmpty }
}
