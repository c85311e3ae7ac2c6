import Foundation
import Domain

/// The OpenAPI 3.1 description of `/api/v1`. The answers' schemas are read off the types the
/// handlers return; the paths and parameters are written here. Tests check that every registered
/// API route appears, and that every API answer the suite receives fits the document; schemathesis
/// checks it against the running server.
enum OpenAPIDocument {
    static var paths: [String: Any] { [
        "/api/v1/departments": get(
            "List departments and municipal companies with their entry points",
            [ReferenceDataController.DepartmentDTO].self),
        "/api/v1/districts": get("List districts and villages", [ReferenceDataController.DistrictDTO].self),
        "/api/v1/sdgs": get(
            "List the 17 Agenda 2030 goals", [ReferenceDataController.SdgDTO].self,
            parameters: [["name": "lang", "in": "query", "required": false,
                          "schema": ["type": "string", "enum": ["sv", "en"]]]]),
        "/api/v1/associations": get(
            "Search the public register of associations (verified only, no personal data)", AssociationsAPIController.ListDTO.self,
            parameters: [
                query("q", ["type": "string", "maxLength": 200], "Free text: name, description, competences"),
                query("category", ["type": "string", "enum": AssociationCategory.allCases.map(\.rawValue)], "Category"),
                query("district", ["type": "string", "format": "uuid"], "District id from /api/v1/districts"),
                query("joined", ["type": "string", "enum": ["true", "false"]], "Only associations that have joined the agreement"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ], notFound: true),
        "/api/v1/associations/{id}": get(
            "One association from the public register", AssociationsAPIController.DetailDTO.self,
            parameters: [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            notFound: true),
        "/api/v1/eligibility/{orgNumber}": get(
            "Whether an organisation is a known association that has joined the agreement (for grant and premises systems)",
            AssociationsAPIController.EligibilityDTO.self,
            parameters: [["name": "orgNumber", "in": "path", "required": true,
                          "description": "Swedish organisation number: NNNNNN-NNNN or ten digits, or with the century 16 "
                              + "(16NNNNNN-NNNN, twelve digits); spaces between the groups are allowed",
                          "schema": ["type": "string", "pattern": AssociationsAPIController.orgNumberPattern]]]),
        "/api/v1/inquiry-stats": get(
            "Public statistics of questions to the municipality for one year, overall and per department",
            InquiryStatsController.ReportDTO.self,
            parameters: [query("year", ["type": "integer", "minimum": 2000, "maximum": 9999], "Year; this year when left out")]),
        "/api/v1/support": get(
            "The support catalogue: what departments offer associations (published offerings only)",
            SupportCatalogueController.ListDTO.self,
            parameters: [
                query("kind", ["type": "string", "enum": SupportKind.allCases.map(\.rawValue)], "Kind of support"),
                query("category", ["type": "string", "enum": AssociationCategory.allCases.map(\.rawValue)], "For this kind of association"),
                query("department", ["type": "string", "format": "uuid"], "Department id from /api/v1/departments"),
                query("step", ["type": "integer", "minimum": 1, "maximum": 4], "Step on the cooperation ladder, 1 information … 4 partnership"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ], notFound: true),
        "/api/v1/guide": get(
            "The ladder guide's recommendation for a set of answers (the same as the guide's result page)",
            GuideController.ResultDTO.self,
            parameters: [
                required("want", ["type": "string", "enum": GuideAnswers.Want.allCases.map(\.rawValue)], "What the association wants"),
                required("category", ["type": "string", "enum": AssociationCategory.allCases.map(\.rawValue)], "What kind of association"),
                query("district", ["type": "string", "maxLength": 64], "District id from /api/v1/districts, or all (the default)"),
                required("orgNumber", ["type": "string", "enum": ["yes", "no"]], "Whether the association has an organisation number"),
                required("joined", ["type": "string", "enum": GuideAnswers.Joined.allCases.map(\.rawValue)], "Whether it has joined the agreement"),
                required("capacity", ["type": "string", "enum": GuideAnswers.Capacity.allCases.map(\.rawValue)], "How much time and capacity it has"),
            ]),
        "/api/v1/consultations": get(
            "Announced consultations in one status (default open), newest dates first for closed ones",
            ConsultationsAPIController.ListDTO.self,
            parameters: [
                query("status", ["type": "string", "enum": ConsultationStatus.allCases.map(\.rawValue)], "planned, open, closed or compiled"),
                query("district", ["type": "string", "format": "uuid"], "District id from /api/v1/districts"),
                query("category", ["type": "string", "enum": AssociationCategory.allCases.map(\.rawValue)], "Association category it concerns"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ], notFound: true),
        "/api/v1/consultations/{id}": get(
            "One announced consultation, with its compilation once published", ConsultationsAPIController.DetailDTO.self,
            parameters: [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            notFound: true),
        "/api/v1/projects": get(
            "Projects, newest change first, with the list page's filters; an unknown filter value is a 400",
            ProjectsAPIController.ListDTO.self,
            parameters: [
                query("q", ["type": "string", "maxLength": 200], "Words to search for in title and texts (å, ä, ö kept)"),
                query("status", ["type": "string", "enum": ProjectStatus.allCases.map(\.rawValue)], "idea, planned, ongoing, finished or cancelled"),
                query("district", ["type": "string", "maxLength": 64], "District slug or id from /api/v1/districts"),
                query("goal", ["type": "integer", "minimum": 1, "maximum": 17], "Agenda 2030 goal it serves"),
                query("targetGroup", ["type": "string", "enum": TargetGroup.allCases.map(\.rawValue)], "Who it is for"),
                query("form", ["type": "string", "enum": LadderStep.allCases.map(\.key)], "Form of cooperation on the ladder"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ], notFound: true),
        "/api/v1/projects/{id}": get(
            "One project with its timeline, newest first, and what came of it once finished", ProjectsAPIController.DetailDTO.self,
            parameters: [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            notFound: true),
        "/api/v1/calls": get(
            "Calls for partners: open ones (the default) soonest closing first, or closed ones, with how many answered",
            CallsAPIController.ListDTO.self,
            parameters: [
                query("status", ["type": "string", "enum": CallsAPIController.Status.allCases.map(\.rawValue)], "open or closed"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ], notFound: true),
        "/api/v1/events": get(
            "Events not yet over (or in a span of days), soonest first, by district and kind; an unknown value is a 400",
            EventsAPIController.ListDTO.self,
            parameters: [
                query("from", ["type": "string", "format": "date"], "The first day (default: now)"),
                query("to", ["type": "string", "format": "date"], "The last day"),
                query("district", ["type": "string", "maxLength": 64], "District slug or id from /api/v1/districts"),
                query("kind", ["type": "string", "enum": EventKind.allCases.map(\.rawValue)], "The kind of event"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ], notFound: true),
        "/api/v1/events/{id}": get(
            "One event", EventsAPIController.ItemDTO.self,
            parameters: [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            notFound: true),
        "/api/v1/volunteering": get(
            "Open volunteer assignments, newest first, by district, words and whether they suit young people (16+); never volunteers' details",
            VolunteeringAPIController.ListDTO.self,
            parameters: [
                query("q", ["type": "string", "maxLength": 200], "Free text: title, texts, languages"),
                query("district", ["type": "string", "maxLength": 64], "District slug or id from /api/v1/districts"),
                query("targetGroup", ["type": "string", "enum": TargetGroup.allCases.map(\.rawValue)], "For whom"),
                query("timing", ["type": "string", "enum": AssignmentTiming.allCases.map(\.rawValue)], "Once, regular or flexible"),
                query("youth", ["type": "string", "enum": ["true", "false"]], "Only assignments open to young people from 16"),
                query("page", ["type": "integer", "minimum": 1, "maximum": 1_000_000], "Page number, from 1"),
                query("per", ["type": "integer", "minimum": 1, "maximum": 50], "Items per page (at most 50)"),
            ], notFound: true),
        "/api/v1/staff-days": get(
            "Staff days with civil society in a year, per department against its target and per Agenda 2030 goal; no names",
            StaffDayDepartmentController.FiguresDTO.self,
            parameters: [query("year", ["type": "integer", "minimum": 2000, "maximum": 2100], "The year (default: this year)")]),
        "/api/v1/follow-up/{year}": get(
            "A year's follow-up of the agreement: the tables of /uppfoljning/{year}, each row's values in column order (shares 0–1)",
            FollowUpController.ReportDTO.self,
            parameters: [["name": "year", "in": "path", "required": true,
                           "schema": ["type": "integer", "minimum": FollowUpYear.first, "maximum": CalendarDay(Date()).year]]]),
        "/api/v1/volunteering/{id}": get(
            "One volunteer assignment (open or closed)", VolunteeringAPIController.ItemDTO.self,
            parameters: [["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
            notFound: true),
    ] }

    /// Every answer's schema, read off the types the handlers return (see `APIObject`).
    static var answers: [any APIDescribed.Type] { [
        [ReferenceDataController.DepartmentDTO].self, [ReferenceDataController.DistrictDTO].self, [ReferenceDataController.SdgDTO].self,
        AssociationsAPIController.ListDTO.self, AssociationsAPIController.DetailDTO.self, AssociationsAPIController.EligibilityDTO.self,
        InquiryStatsController.ReportDTO.self, SupportCatalogueController.ListDTO.self, GuideController.ResultDTO.self,
        ConsultationsAPIController.ListDTO.self, ConsultationsAPIController.DetailDTO.self,
        ProjectsAPIController.ListDTO.self, ProjectsAPIController.DetailDTO.self, CallsAPIController.ListDTO.self,
        EventsAPIController.ListDTO.self, EventsAPIController.ItemDTO.self, VolunteeringAPIController.ListDTO.self,
        VolunteeringAPIController.ItemDTO.self, StaffDayDepartmentController.FiguresDTO.self, FollowUpController.ReportDTO.self,
    ] }

    static var schemas: [String: Any] {
        var schemas: [String: Any] = [:]
        for answer in answers {
            for (name, schema) in answer.apiSchema.components { schemas[name] = schema.definition }
        }
        // Errors are written by the error middleware; `field` only when one parameter was wrong.
        schemas["Error"] = ["type": "object", "required": ["error"], "properties": ["error": ["type": "string"], "field": ["type": "string"]]]
        return schemas
    }

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

    static func query(_ name: String, _ schema: [String: Any], _ description: String) -> [String: Any] {
        ["name": name, "in": "query", "required": false, "description": description, "schema": schema]
    }

    static func required(_ name: String, _ schema: [String: Any], _ description: String) -> [String: Any] {
        ["name": name, "in": "query", "required": true, "description": description, "schema": schema]
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static func get(_ summary: String, _ answer: any APIDescribed.Type, parameters: [[String: Any]] = [],
                    notFound: Bool = false) -> [String: Any] {
        var responses: [String: Any] = [
            "200": ["description": "OK", "content": ["application/json": ["schema": answer.apiSchema.document]]],
            "400": ["description": "Bad request", "content": ["application/json": ["schema": ref("Error")]]],
        ]
        if notFound { responses["404"] = ["description": "Not found", "content": ["application/json": ["schema": ref("Error")]]] }
        var operation: [String: Any] = ["summary": summary, "responses": responses]
        if !parameters.isEmpty { operation["parameters"] = parameters }
        return ["get": operation]
    }
}
