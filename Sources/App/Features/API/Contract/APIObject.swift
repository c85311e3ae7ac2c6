import Vapor

/// A type whose JSON form has a schema of its own.
protocol APIDescribed {
    static var apiSchema: JSONSchema { get }
}

/// A JSON object the API answers with. Its schema is read off the type itself — the properties
/// of `example`, in the order JSONEncoder writes them, each typed by what it holds — with
/// `refinements` for what a Swift type cannot say (enumerations, bounds, formats of text).
protocol APIObject: APIDescribed, Content {
    static var schemaName: String { get }
    /// A value with every property present, to read the properties from.
    static var example: Self { get }
    static var refinements: [String: JSONSchema] { get }
}

extension APIObject {
    static var refinements: [String: JSONSchema] { [:] }

    static var apiSchema: JSONSchema {
        .object(name: schemaName, properties: Mirror(reflecting: example).children.map { child in
            // A property wrapper's storage is named `_name`.
            let label = child.label ?? ""
            let name = label.hasPrefix("_") ? String(label.dropFirst()) : label
            guard let described = type(of: child.value) as? any APIDescribed.Type else {
                preconditionFailure("\(schemaName).\(name): \(type(of: child.value)) has no API schema")
            }
            return (name, refinements[name] ?? described.apiSchema)
        })
    }
}

extension String: APIDescribed { static var apiSchema: JSONSchema { .string() } }
extension Int: APIDescribed { static var apiSchema: JSONSchema { .integer() } }
extension Double: APIDescribed { static var apiSchema: JSONSchema { .number() } }
extension Bool: APIDescribed { static var apiSchema: JSONSchema { .boolean } }
extension UUID: APIDescribed { static var apiSchema: JSONSchema { .string(format: "uuid") } }

extension Array: APIDescribed where Element: APIDescribed {
    static var apiSchema: JSONSchema { .array(Element.apiSchema) }
}

extension NullEncoded: APIDescribed where Value: APIDescribed {
    static var apiSchema: JSONSchema { .nullable(Value.apiSchema) }
}
