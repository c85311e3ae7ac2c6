import Foundation

/// The OpenAPI 3.1 description of `/api/v1`. Written by hand, checked by a test that every
/// registered API route appears here, and by schemathesis against the running server.
enum OpenAPIDocument {
    static var paths: [String: Any] { [
        "/api/v1/departments": get(
            "List departments and municipal companies with their entry points",
            arrayOf(ref("Department"))),
        "/api/v1/districts": get("List districts and villages", arrayOf(ref("District"))),
        "/api/v1/sdgs": get(
            "List the 17 Agenda 2030 goals", arrayOf(ref("Sdg")),
            parameters: [["name": "lang", "in": "query", "required": false,
                          "schema": ["type": "string", "enum": ["sv", "en"]]]]),
    ] }

    static var schemas: [String: Any] { [
        "EntryPoint": object(["email": string, "phone": string, "address": string, "openingHours": string]),
        "Department": object([
            "id": ["type": "string", "format": "uuid"], "name": string,
            "kind": ["type": "string", "enum": ["department", "company"]], "entryPoint": ref("EntryPoint"),
        ]),
        "District": object([
            "id": ["type": "string", "format": "uuid"], "name": string,
            "kind": ["type": "string", "enum": ["district", "village"]],
        ]),
        "Sdg": object(["number": ["type": "integer", "minimum": 1, "maximum": 17], "name": string]),
        "Error": ["type": "object", "required": ["error"],
                  "properties": ["error": string, "field": string]],
    ] }

    static func json(serverURL: String) -> Data {
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": ["title": "Samverka API", "version": "1.0.0",
                     "description": "Open data about the municipality's cooperation with civil society.",
                     "license": ["name": "CC0 1.0", "identifier": "CC0-1.0"]],
            "servers": [["url": serverURL]],
            "paths": paths,
            "components": ["schemas": schemas],
        ]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted])) ?? Data()
    }

    static var string: [String: Any] { ["type": "string"] }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static func arrayOf(_ item: [String: Any]) -> [String: Any] { ["type": "array", "items": item] }

    static func object(_ properties: [String: Any]) -> [String: Any] {
        ["type": "object", "required": Array(properties.keys).sorted(), "properties": properties, "additionalProperties": false]
    }

    static func get(_ summary: String, _ schema: [String: Any], parameters: [[String: Any]] = []) -> [String: Any] {
        var operation: [String: Any] = [
            "summary": summary,
            "responses": [
                "200": ["description": "OK", "content": ["application/json": ["schema": schema]]],
                "400": ["description": "Bad request", "content": ["application/json": ["schema": ref("Error")]]],
            ],
        ]
        if !parameters.isEmpty { operation["parameters"] = parameters }
        return ["get": operation]
    }
}
