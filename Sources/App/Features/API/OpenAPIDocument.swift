import Foundation
import Domain

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
        "/api/v1/associations": get(
            "Search the public register of associations (verified only, no personal data)", ref("AssociationList"),
            parameters: [
                query("q", ["type": "string", "maxLength": 200], "Free text: name, description, competences"),
                query("category", ["type": "string", "enum": AssociationCategory.allCases.map(\.rawValue)], "Category"),
                query("district", ["type": "string", "format": "uuid"], "District id from /api/v1/districts"),
                query("joined", ["type": "string", "enum": ["true", "false"]], "Only associations that have joined the agreement"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ]),
        "/api/v1/associations/{id}": get(
            "One association from the public register", ref("Association"),
            parameters: [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            notFound: true),
        "/api/v1/eligibility/{orgNumber}": get(
            "Whether an organisation is a known association that has joined the agreement (for grant and premises systems)",
            ref("Eligibility"),
            parameters: [["name": "orgNumber", "in": "path", "required": true,
                          "description": "Swedish organisation number: NNNNNN-NNNN or ten digits, or with the century 16 "
                              + "(16NNNNNN-NNNN, twelve digits); spaces between the groups are allowed",
                          "schema": ["type": "string", "pattern": AssociationsAPIController.orgNumberPattern]]]),
        "/api/v1/inquiry-stats": get(
            "Public statistics of questions to the municipality for one year, overall and per department", ref("InquiryStatistics"),
            parameters: [query("year", ["type": "integer", "minimum": 2000, "maximum": 9999], "Year; this year when left out")]),
        "/api/v1/support": get(
            "The support catalogue: what departments offer associations (published offerings only)", ref("SupportList"),
            parameters: [
                query("kind", ["type": "string", "enum": SupportKind.allCases.map(\.rawValue)], "Kind of support"),
                query("category", ["type": "string", "enum": AssociationCategory.allCases.map(\.rawValue)], "For this kind of association"),
                query("department", ["type": "string", "format": "uuid"], "Department id from /api/v1/departments"),
                query("step", ["type": "integer", "minimum": 1, "maximum": 4], "Step on the cooperation ladder, 1 information … 4 partnership"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ]),
        "/api/v1/guide": get(
            "The ladder guide's recommendation for a set of answers (the same as the guide's result page)", ref("GuideResult"),
            parameters: [
                required("want", ["type": "string", "enum": GuideAnswers.Want.allCases.map(\.rawValue)], "What the association wants"),
                required("category", ["type": "string", "enum": AssociationCategory.allCases.map(\.rawValue)], "What kind of association"),
                query("district", ["type": "string", "maxLength": 64], "District id from /api/v1/districts, or all (the default)"),
                required("orgNumber", ["type": "string", "enum": ["yes", "no"]], "Whether the association has an organisation number"),
                required("joined", ["type": "string", "enum": GuideAnswers.Joined.allCases.map(\.rawValue)], "Whether it has joined the agreement"),
                required("capacity", ["type": "string", "enum": GuideAnswers.Capacity.allCases.map(\.rawValue)], "How much time and capacity it has"),
            ]),
        "/api/v1/consultations": get(
            "Announced consultations in one status (default open), newest dates first for closed ones", ref("ConsultationList"),
            parameters: [
                query("status", ["type": "string", "enum": ConsultationStatus.allCases.map(\.rawValue)], "planned, open, closed or compiled"),
                query("district", ["type": "string", "format": "uuid"], "District id from /api/v1/districts"),
                query("category", ["type": "string", "enum": AssociationCategory.allCases.map(\.rawValue)], "Association category it concerns"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ]),
        "/api/v1/consultations/{id}": get(
            "One announced consultation, with its compilation once published", ref("ConsultationDetail"),
            parameters: [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            notFound: true),
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
        "AssociationSummary": object([
            "id": ["type": "string", "format": "uuid"], "name": string, "orgNumber": nullableString,
            "categories": ["type": "array", "items": string], "districts": ["type": "array", "items": string],
            "joined": ["type": "boolean"], "joinedSince": nullableDate,
        ]),
        "AssociationList": object([
            "items": ["type": "array", "items": ref("AssociationSummary")], "total": ["type": "integer", "minimum": 0, "maximum": 10_000],
            "totalIsExact": ["type": "boolean"],
            "page": ["type": "integer", "minimum": 1], "per": ["type": "integer", "minimum": 1, "maximum": 50],
        ]),
        "Association": object([
            "id": ["type": "string", "format": "uuid"], "name": string, "orgNumber": nullableString,
            "categories": ["type": "array", "items": string], "districts": ["type": "array", "items": string],
            "targetGroups": ["type": "array", "items": string], "competences": string, "description": string,
            "website": nullableString, "email": nullableString, "phone": nullableString,
            "joined": ["type": "boolean"], "joinedSince": nullableDate,
        ]),
        "Eligibility": object([
            "orgNumber": string, "known": ["type": "boolean"], "joined": ["type": "boolean"],
            "joinedSince": nullableDate, "name": nullableString,
        ]),
        "InquiryFigures": object([
            "inquiries": ["type": "integer", "minimum": 0], "answered": ["type": "integer", "minimum": 0],
            "medianWorkingDaysToFirstAnswer": ["type": ["number", "null"], "minimum": 0],
            "shareAnsweredWithinPromise": ["type": ["number", "null"], "minimum": 0, "maximum": 1],
            "ratings": ["type": "integer", "minimum": 0], "averageRating": ["type": ["number", "null"], "minimum": 1, "maximum": 5],
        ]),
        "InquiryStatistics": object([
            "year": ["type": "integer"], "overall": ref("InquiryFigures"),
            "departments": ["type": "array", "items": object([
                "id": ["type": "string", "format": "uuid"], "name": string, "figures": ref("InquiryFigures"),
            ])],
        ]),
        "SupportOffering": object([
            "id": ["type": "string", "format": "uuid"], "title": string, "kind": ["type": "string", "enum": SupportKind.allCases.map(\.rawValue)],
            "ladderStep": ["type": "integer", "minimum": 1, "maximum": 4], "summary": string, "easyRead": string, "conditions": string,
            "requiresJoined": ["type": "boolean"], "requiresOrgNumber": ["type": "boolean"], "deadline": nullableDate,
            "categories": ["type": "array", "items": string], "department": string, "url": string,
        ]),
        "SupportList": object([
            "items": ["type": "array", "items": ref("SupportOffering")], "total": ["type": "integer", "minimum": 0],
            "page": ["type": "integer", "minimum": 1], "per": ["type": "integer", "minimum": 1, "maximum": 50],
        ]),
        "GuideOffering": object(["id": ["type": "string", "format": "uuid"], "title": string, "kind": string, "url": string]),
        "GuideResult": object([
            "ladderSteps": ["type": "array", "items": ["type": "integer", "minimum": 1, "maximum": 4], "minItems": 1],
            "reasons": ["type": "array", "items": string], "offerings": ["type": "array", "items": ref("GuideOffering")],
            "offeringsAfterJoining": ["type": "array", "items": ref("GuideOffering")],
            "nextSteps": ["type": "array", "items": string, "minItems": 1], "inquiryTopic": string, "entryPoint": ref("Department"),
        ]),
        "Consultation": object([
            "id": ["type": "string", "format": "uuid"], "title": string, "caseNumber": string, "department": string,
            "announced": ["type": "string", "format": "date"], "opens": ["type": "string", "format": "date"],
            "closes": ["type": "string", "format": "date"], "status": ["type": "string", "enum": ConsultationStatus.allCases.map(\.rawValue)],
            "districts": ["type": "array", "items": string], "categories": ["type": "array", "items": string],
            "responseCount": ["type": "integer", "minimum": 0], "url": string,
        ]),
        "ConsultationList": object([
            "items": ["type": "array", "items": ref("Consultation")], "total": ["type": "integer", "minimum": 0],
            "page": ["type": "integer", "minimum": 1], "per": ["type": "integer", "minimum": 1, "maximum": 50],
        ]),
        "ConsultationDetail": object([
            "consultation": ref("Consultation"), "summary": string, "easyRead": string,
            "questions": ["type": "array", "items": string], "documents": ["type": "array", "items": string],
            "compilation": nullableString, "compiledAt": nullableDate,
        ]),
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
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }

    static var string: [String: Any] { ["type": "string"] }
    static var nullableString: [String: Any] { ["type": ["string", "null"]] }
    static var nullableDate: [String: Any] { ["type": ["string", "null"], "format": "date"] }

    static func query(_ name: String, _ schema: [String: Any], _ description: String) -> [String: Any] {
        ["name": name, "in": "query", "required": false, "description": description, "schema": schema]
    }

    static func required(_ name: String, _ schema: [String: Any], _ description: String) -> [String: Any] {
        ["name": name, "in": "query", "required": true, "description": description, "schema": schema]
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static func arrayOf(_ item: [String: Any]) -> [String: Any] { ["type": "array", "items": item] }

    /// An object with exactly these properties, all always present (unknown values are null).
    static func object(_ properties: [String: Any]) -> [String: Any] {
        ["type": "object", "required": Array(properties.keys).sorted(), "properties": properties, "additionalProperties": false]
    }

    static func get(_ summary: String, _ schema: [String: Any], parameters: [[String: Any]] = [], notFound: Bool = false) -> [String: Any] {
        var responses: [String: Any] = [
            "200": ["description": "OK", "content": ["application/json": ["schema": schema]]],
            "400": ["description": "Bad request", "content": ["application/json": ["schema": ref("Error")]]],
        ]
        if notFound { responses["404"] = ["description": "Not found", "content": ["application/json": ["schema": ref("Error")]]] }
        var operation: [String: Any] = ["summary": summary, "responses": responses]
        if !parameters.isEmpty { operation["parameters"] = parameters }
        return ["get": operation]
    }
}
