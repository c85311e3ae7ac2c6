@testable import App
import Testing
import Foundation

@Suite("The API contract, once: the document is read off the answer types, and answers are held to it")
struct OpenAPIContractTests {
    static let validator = OpenAPIValidator.shared

    @Test("the document's schemas are the DTOs' own properties, in their order, with what they may hold")
    func schemasFromTypes() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.json(serverURL: "http://x")) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        for name in ["AssociationSummary", "AssociationList", "Association", "Eligibility", "InquiryFigures", "InquiryStatistics", "SupportOffering",
                     "SupportList", "GuideOffering", "GuideResult", "Consultation", "ConsultationList", "ConsultationDetail", "Department",
                     "District", "Sdg", "EntryPoint", "Error"] {
            #expect(schemas[name] != nil, "\(name)")
        }
        let summary = try #require(schemas["AssociationSummary"] as? [String: Any])
        let properties = try #require(summary["properties"] as? [String: Any])
        // Every stored property of the type, no more, no less.
        let fields = Mirror(reflecting: AssociationsAPIController.AssociationDTO.example).children.compactMap { $0.label?.replacingOccurrences(of: "_", with: "") }
        #expect(Set(properties.keys) == Set(fields) && summary["additionalProperties"] as? Bool == false)
        #expect((properties["id"] as? [String: Any])?["format"] as? String == "uuid")
        #expect((properties["joinedSince"] as? [String: Any])?["type"] as? [String] == ["string", "null"])
        #expect((properties["orgNumber"] as? [String: Any])?["type"] as? [String] == ["string", "null"])
    }

    @Test("an answer that does not fit is caught: a wrong kind, a missing member, an extra one, a bad id")
    func validatorCatches() {
        let good = #"[{"id":"9e0e5b0c-7a52-4bd5-9a3e-0a2cc5e2a9a1","name":"Vivalla","kind":"district"}]"#
        #expect(Self.validator.problems(path: "/api/v1/districts", status: 200, body: Data(good.utf8)).isEmpty)
        let bad = #"[{"id":"x","name":"Vivalla","kind":"moon","extra":1},{"name":"Varberga","kind":"district"}]"#
        let problems = Self.validator.problems(path: "/api/v1/districts", status: 200, body: Data(bad.utf8))
        #expect(problems.contains { $0.contains("is not a uuid") } && problems.contains { $0.contains("not one of the values") })
        #expect(problems.contains { $0.contains("extra is not in the document") } && problems.contains { $0.contains("id is missing") })
        #expect(!Self.validator.problems(path: "/api/v1/nowhere", status: 200, body: Data("{}".utf8)).isEmpty)
        #expect(!Self.validator.problems(path: "/api/v1/districts", status: 418, body: Data("{}".utf8)).isEmpty)
        #expect(Self.validator.problems(path: "/api/v1/nowhere", status: 404, body: Data(#"{"error":"Not found"}"#.utf8)).isEmpty)
        #expect(!Self.validator.problems(path: "/api/v1/nowhere", status: 404, body: Data(#"{"message":"Not found"}"#.utf8)).isEmpty)
    }

    @Test("the hand-written JSON of the search API is what the DTO means, and fits the document")
    func fastPath() throws {
        let list = AssociationsAPIController.ListDTO(items: [.example, .example], total: 2, totalIsExact: true, page: 1, per: 20)
        let body = try #require(list.response().body.buffer)
        #expect(Self.validator.problems(path: "/api/v1/associations", status: 200, body: Data(buffer: body)).isEmpty)
        let decoded = try JSONDecoder().decode(AssociationsAPIController.ListDTO.self, from: Data(buffer: body))
        #expect(decoded.items.map(\.id) == list.items.map(\.id) && decoded.total == 2)
    }
}
