/// A problem with one field of a form, named by a catalog key so that the view can say it
/// in the reader's language. `values` fill placeholders like `{max}` in the message.
public struct FieldError: Sendable, Hashable, Error {
    public let field: String
    public let messageKey: String
    public let values: [String: String]

    public init(_ field: String, _ messageKey: String, _ values: [String: String] = [:]) {
        self.field = field
        self.messageKey = messageKey
        self.values = values
    }
}

/// Collects field problems while input is checked; a form is valid when none were found.
public struct FieldChecks: Sendable {
    public private(set) var errors: [FieldError] = []

    public init() {}

    public var isValid: Bool { errors.isEmpty }

    public mutating func add(_ field: String, _ key: String, _ values: [String: String] = [:]) {
        errors.append(FieldError(field, key, values))
    }

    public mutating func require(_ value: String, _ field: String, max: Int) {
        let trimmed = value.trimmingWhitespace()
        if Self.hasInvalidCharacters(value) {
            add(field, "error.invalidCharacters")
        } else if trimmed.isEmpty {
            add(field, "error.required")
        } else if trimmed.count > max {
            add(field, "error.tooLong", ["max": String(max)])
        }
    }

    /// A name that goes into mails and lists: required, one line, at most `max` characters.
    public mutating func name(_ value: String, _ field: String, max: Int) {
        require(value, field, max: max)
        if error(for: field) == nil && value.contains(where: \.isNewline) { add(field, "error.oneLine") }
    }

    public mutating func limit(_ value: String, _ field: String, max: Int) {
        if Self.hasInvalidCharacters(value) {
            add(field, "error.invalidCharacters")
        } else if value.count > max {
            add(field, "error.tooLong", ["max": String(max)])
        }
    }

    /// Control characters, and the replacement character that bytes which were not UTF-8 become:
    /// nothing a person types, and nothing to store.
    public static func hasInvalidCharacters(_ value: String) -> Bool {
        value.unicodeScalars.contains { scalar in
            scalar == "\u{FFFD}" || scalar.value == 0x7F || (scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t")
        }
    }

    /// An optional phone number: empty, or at least five digits with only spaces, +, - and brackets between.
    public mutating func phone(_ value: String, _ field: String) {
        limit(value, field, max: 40)
        let digits = value.filter(\.isNumber).count
        if !value.trimmingWhitespace().isEmpty && error(for: field) == nil
            && (digits < 5 || !value.allSatisfy({ $0.isNumber || " +-()".contains($0) })) {
            add(field, "error.phone")
        }
    }

    /// An optional web address: empty, or a whole http(s) address without spaces.
    public mutating func webAddress(_ value: String, _ field: String) {
        let site = value.trimmingWhitespace()
        if !site.isEmpty && !(site.hasPrefix("https://") || site.hasPrefix("http://")) || site.contains(" ") || site.count > 300 {
            add(field, "error.website")
        }
    }

    public func error(for field: String) -> FieldError? {
        errors.first { $0.field == field }
    }
}
