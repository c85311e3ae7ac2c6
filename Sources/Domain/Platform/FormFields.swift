/// What a form sent, field by field, as text: read from the body once per request. A field
/// sent several times (ticked boxes) keeps every value in order; `self[name]` is the first.
public struct FormFields: Sendable, Hashable {
    public private(set) var lists: [String: [String]]

    public init(_ pairs: [(String, String)] = []) {
        var lists: [String: [String]] = [:]
        for (name, value) in pairs { lists[name, default: []].append(value) }
        self.lists = lists
    }

    public init(_ values: [String: String]) {
        self.lists = values.mapValues { [$0] }
    }

    /// The first value sent for `name`, or "" when it was not sent.
    public subscript(_ name: String) -> String { lists[name]?.first ?? "" }

    /// Every value sent for `name` (a group of check boxes).
    public func all(_ name: String) -> [String] { lists[name] ?? [] }

    public func has(_ name: String) -> Bool { lists[name] != nil }

    /// The fields as a form shows them again: one value each (lists are re-ticked from `all`).
    public var values: [String: String] { lists.compactMapValues(\.first) }

    /// Sets (or, with nil, removes) one field; for defaults and for values the server fills in.
    public mutating func set(_ name: String, _ value: String?) {
        lists[name] = value.map { [$0] }
    }
}
