@testable import App
import Foundation

/// Checks an API answer against what the OpenAPI document promises for its path and status:
/// every answer the suite receives goes through it (see `TestBrowser.send`), so a handler that
/// returns something the document does not describe fails the test that asked.
struct OpenAPIValidator: Sendable {
    static let shared = OpenAPIValidator(document: OpenAPIDocument.json(serverURL: "http://samverka.test"))

    private let document: JSONValue

    init(document: Data) {
        self.document = (try? JSONDecoder().decode(JSONValue.self, from: document)) ?? .null
    }

    /// What is wrong with a GET answer; empty when it fits the document.
    func problems(path: String, status: UInt, body: Data) -> [String] {
        let route = path.split(separator: "?")[0]
        let error: [String: JSONValue] = ["$ref": .string("#/components/schemas/Error")]
        let template = document["paths"].object?.keys.first { Self.matches($0, String(route)) }
        let documented = template.flatMap { document["paths"][$0]["get"]["responses"][String(status)]["content"]["application/json"]["schema"].object }
        // An error the document does not list for this path (a route that does not exist, a
        // server error) still answers in the documented error form.
        guard let schema = documented ?? (status >= 400 ? error : nil) else {
            return ["\(template ?? String(route)) does not document status \(status)"]
        }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else { return ["\(route) answered with something that is not JSON"] }
        var problems: [String] = []
        check(value, against: .object(schema), at: "\(template ?? String(route)) \(status) $", &problems)
        return problems
    }

    static func matches(_ template: String, _ path: String) -> Bool {
        let wanted = template.split(separator: "/"), actual = path.split(separator: "/")
        return wanted.count == actual.count && zip(wanted, actual).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at pointer: String, _ problems: inout [String]) {
        if case .string(let reference) = schema["$ref"] {
            check(value, against: document["components"]["schemas"][String(reference.split(separator: "/").last ?? "")], at: pointer, &problems)
            return
        }
        if case .array(let options) = schema["anyOf"] {
            // One of them must fit (a named object or null).
            let fits = options.map { option -> [String] in
                var found: [String] = []
                check(value, against: option, at: pointer, &found)
                return found
            }
            if !fits.contains(where: \.isEmpty) { problems += fits.first ?? ["\(pointer): fits none of anyOf"] }
            return
        }
        let types = schema["type"].strings
        guard types.isEmpty || types.contains(value.typeName) || (value.typeName == "integer" && types.contains("number")) else {
            problems.append("\(pointer): a \(value.typeName), the document says \(types.joined(separator: " or "))")
            return
        }
        if case .array(let allowed) = schema["enum"], !allowed.contains(value) { problems.append("\(pointer): \(value) is not one of the values") }
        switch value {
        case .string(let text):
            if schema["format"] == .string("uuid") && UUID(uuidString: text) == nil { problems.append("\(pointer): \(text) is not a uuid") }
            if schema["format"] == .string("date") && CalendarDayPattern.matches(text) == false { problems.append("\(pointer): \(text) is not a date") }
            if case .number(let max) = schema["maxLength"], Double(text.unicodeScalars.count) > max { problems.append("\(pointer): longer than \(max)") }
        case .number(let number):
            if case .number(let min) = schema["minimum"], number < min { problems.append("\(pointer): \(number) below \(min)") }
            if case .number(let max) = schema["maximum"], number > max { problems.append("\(pointer): \(number) above \(max)") }
            if types == ["integer"] && number != number.rounded() { problems.append("\(pointer): \(number) is not an integer") }
        case .array(let items):
            if case .number(let min) = schema["minItems"], Double(items.count) < min { problems.append("\(pointer): fewer than \(min) items") }
            for (index, item) in items.enumerated() { check(item, against: schema["items"], at: "\(pointer)[\(index)]", &problems) }
        case .object(let members):
            for name in schema["required"].strings where members[name] == nil { problems.append("\(pointer).\(name) is missing") }
            let properties = schema["properties"].object ?? [:]
            for (name, member) in members {
                if let property = properties[name] {
                    check(member, against: property, at: "\(pointer).\(name)", &problems)
                } else if schema["additionalProperties"] == .bool(false) {
                    problems.append("\(pointer).\(name) is not in the document")
                }
            }
        case .bool, .null:
            break
        }
    }
}

/// Any JSON value, compared by value.
enum JSONValue: Decodable, Equatable, Sendable, CustomStringConvertible {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let string = try? container.decode(String.self) { self = .string(string) }
        else if let array = try? container.decode([JSONValue].self) { self = .array(array) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    subscript(_ key: String) -> JSONValue {
        if case .object(let members) = self { return members[key] ?? .null }
        return .null
    }

    var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// A type name, or several ("string" or ["string", "null"]).
    var strings: [String] {
        switch self {
        case .string(let text): return [text]
        case .array(let items): return items.compactMap { if case .string(let text) = $0 { return text } else { return nil } }
        default: return []
        }
    }

    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let number): return number == number.rounded() ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    var description: String {
        switch self {
        case .string(let text): return "\"\(text)\""
        case .number(let number): return String(number)
        default: return typeName
        }
    }
}

enum CalendarDayPattern {
    static func matches(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
