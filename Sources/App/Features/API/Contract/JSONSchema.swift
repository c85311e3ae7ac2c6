import Foundation

/// The part of JSON Schema (draft 2020-12, as OpenAPI 3.1 uses it) that the API's answers need.
/// Built from the types the handlers return (`APIObject`), so the document cannot drift from them.
indirect enum JSONSchema: Sendable {
    case string(format: String? = nil, values: [String]? = nil, pattern: String? = nil, maxLength: Int? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    case number(minimum: Double? = nil, maximum: Double? = nil)
    case boolean
    case array(JSONSchema, minItems: Int? = nil)
    /// A named object: in the document a component, referred to by `$ref`.
    case object(name: String, properties: [(String, JSONSchema)])
    /// Always present; `null` when there is no value.
    case nullable(JSONSchema)

    static let day = JSONSchema.string(format: "date")

    static func values<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> JSONSchema where T.RawValue == String {
        .string(values: T.allCases.map(\.rawValue))
    }

    /// The schema as the document writes it; named objects as references.
    var document: [String: Any] {
        switch self {
        case .string(let format, let values, let pattern, let maxLength):
            var schema: [String: Any] = ["type": "string"]
            if let format { schema["format"] = format }
            if let values { schema["enum"] = values }
            if let pattern { schema["pattern"] = pattern }
            if let maxLength { schema["maxLength"] = maxLength }
            return schema
        case .integer(let minimum, let maximum):
            return ["type": "integer"].merging(Self.bounds(minimum, maximum)) { $1 }
        case .number(let minimum, let maximum):
            return ["type": "number"].merging(Self.bounds(minimum, maximum)) { $1 }
        case .boolean:
            return ["type": "boolean"]
        case .array(let items, let minItems):
            var schema: [String: Any] = ["type": "array", "items": items.document]
            if let minItems { schema["minItems"] = minItems }
            return schema
        case .object(let name, _):
            return ["$ref": "#/components/schemas/\(name)"]
        case .nullable(let wrapped):
            var schema = wrapped.document
            // A named object that may be null: its reference or null.
            if schema["$ref"] != nil { return ["anyOf": [schema, ["type": "null"]]] }
            if let type = schema["type"] as? String { schema["type"] = [type, "null"] }
            // An enumeration that may be null lists null among its values (JSON Schema checks `enum` on its own).
            if let values = schema["enum"] as? [Any] { schema["enum"] = values + [NSNull()] }
            return schema
        }
    }

    /// A named object's own definition: every property required, nothing else allowed.
    var definition: [String: Any]? {
        guard case .object(_, let properties) = self else { return nil }
        return ["type": "object", "required": properties.map(\.0).sorted(), "additionalProperties": false,
                "properties": Dictionary(uniqueKeysWithValues: properties.map { ($0.0, $0.1.document) })]
    }

    /// Every named object this schema contains, itself included, by name.
    var components: [String: JSONSchema] {
        switch self {
        case .object(let name, let properties):
            return properties.reduce(into: [name: self]) { all, property in all.merge(property.1.components) { first, _ in first } }
        case .array(let items, _): return items.components
        case .nullable(let wrapped): return wrapped.components
        default: return [:]
        }
    }

    private static func bounds<T>(_ minimum: T?, _ maximum: T?) -> [String: Any] {
        var schema: [String: Any] = [:]
        if let minimum { schema["minimum"] = minimum }
        if let maximum { schema["maximum"] = maximum }
        return schema
    }
}
