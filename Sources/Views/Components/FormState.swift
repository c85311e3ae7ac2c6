import Domain

/// What a form shows: the values typed so far and the problems found in them.
/// A page model holds one, so a rejected form comes back with the reader's input intact.
public struct FormState: Sendable {
    public var values: [String: String]
    /// Every value of fields sent more than once (ticked check boxes).
    public var lists: [String: [String]]
    public var errors: [FieldError]

    public init(values: [String: String] = [:], errors: [FieldError] = []) {
        self.values = values
        self.lists = [:]
        self.errors = errors
    }

    /// The form as it was sent, to show again with its problems.
    public init(fields: FormFields, errors: [FieldError] = []) {
        self.values = fields.values
        self.lists = fields.lists
        self.errors = errors
    }

    public subscript(_ name: String) -> String { values[name] ?? "" }

    /// The ticked values of a group of check boxes.
    public func all(_ name: String) -> [String] { lists[name] ?? values[name].map { [$0] } ?? [] }

    public func error(_ name: String) -> FieldError? { errors.first { $0.field == name } }

    public var hasErrors: Bool { !errors.isEmpty }

    /// The form with `name` already chosen when there is only one option and nothing was sent
    /// ("answer for" the one association a representative speaks for).
    public func choosingOnly(_ options: [Form.Option], for name: String) -> FormState {
        guard options.count == 1, self[name].isEmpty else { return self }
        var state = self
        state.values[name] = options[0].value
        return state
    }
}
