import Vapor
import Domain

/// Query parameters of the JSON API, checked strictly: a client gets a 400 naming the field,
/// not a guess. An empty value is not "no value": a typed parameter must be valid when present.
struct APIQuery {
    let req: Request
    /// The query string decoded once (Vapor parses it again for every lookup); nil when it is not
    /// flat `name=value` pairs, and then each lookup asks Vapor.
    private let values: [String: String]?

    init(req: Request) {
        self.req = req
        values = try? req.query.decode([String: String].self)
    }

    /// `max` is the parameter's maxLength in the OpenAPI document.
    func string(_ name: String, max: Int = 200) throws -> String? {
        guard let value = values == nil ? req.query[String.self, at: name] : values?[name] else { return nil }
        // Counted in code points, as JSON Schema's maxLength counts them (not grapheme clusters).
        guard value.unicodeScalars.count <= max else { throw APIError(.badRequest, "\(name) is too long", field: name) }
        return value
    }

    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let raw = try string(name) else { return nil }
        guard let value = T(rawValue: raw) else {
            throw APIError(.badRequest, "\(name) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", field: name)
        }
        return value
    }

    func id(_ name: String, _ what: String) throws -> UUID? {
        guard let raw = try string(name) else { return nil }
        guard let id = UUID(uuidString: raw) else { throw APIError(.badRequest, "\(name) must be \(what)", field: name) }
        return id
    }

    func number(_ name: String, _ range: ClosedRange<Int>) throws -> Int? {
        guard let raw = try string(name) else { return nil }
        guard let value = Int(raw), range.contains(value) else {
            throw APIError(.badRequest, "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return value
    }

    /// `true` or `false`.
    func flag(_ name: String) throws -> Bool? {
        guard let raw = try string(name) else { return nil }
        guard raw == "true" || raw == "false" else { throw APIError(.badRequest, "\(name) must be true or false", field: name) }
        return raw == "true"
    }

    /// `page` (from 1) and `per` (at most 50).
    func page() throws -> Domain.PageRequest {
        Domain.PageRequest(number: try number("page", 1...1_000_000), size: try number("per", 1...Domain.PageRequest.maximumSize))
    }
}
