import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Open data under CC0 (Öppna data-lagen, 2022:818): the public register as CSV and JSON, and
/// DCAT-AP-SE metadata for Sweden's data portal. The files are streamed in keyset-paged chunks,
/// so a national-scale register never sits in memory at once.
struct OpenDataController {
    static let chunkSize = 500

    func register(_ routes: any RoutesBuilder) {
        routes.get(.openData(.associationsCSV), .everyone, use: csv)
        routes.get(.openData(.associationsJSON), .everyone, use: json)
        routes.get(.openData(.catalog), .everyone, use: catalog)
    }

    typealias Record = AssociationsAPIController.AssociationDTO

    /// Calls `body` with each chunk of verified associations, in register order.
    static func forEachChunk(_ db: any Database, _ body: ([Record]) async throws -> Void) async throws {
        let sql = db as! any SQLDatabase
        var after: (key: String, id: UUID)?
        while true {
            var select = sql.select().columns("id", "name", "org_number", "sort_key", "joined_since").from(Association.schema)
                .where("status", .equal, AssociationStatus.verified.rawValue)
            if let after {
                select = select.where(SQLQueryString("(sort_key > \(bind: after.key) OR (sort_key = \(bind: after.key) AND id > \(bind: after.id)))"))
            }
            let rows = try await select.orderBy("sort_key").orderBy("id").limit(chunkSize).all()
            guard !rows.isEmpty else { return }
            let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
            let tags = try await DirectoryQuery(db).tags(for: ids)
            let records = try rows.map { row -> Record in
                let id = try row.decode(column: "id", as: UUID.self)
                let joined = try row.decode(column: "joined_since", as: Date?.self)
                return Record(id: id, name: try row.decode(column: "name", as: String.self),
                              orgNumber: try row.decode(column: "org_number", as: String?.self),
                              categories: (tags.categories[id] ?? []).map(\.rawValue), districts: tags.districts[id] ?? [],
                              joined: joined != nil, joinedSince: AssociationsAPIController.day(joined))
            }
            try await body(records)
            after = (try rows.last!.decode(column: "sort_key", as: String.self), ids.last!)
            if rows.count < chunkSize { return }
        }
    }

    @Sendable func csv(_ req: Request) async throws -> Response {
        let db = req.db
        let response = Response(status: .ok, body: .init(managedAsyncStream: { writer in
            try await writer.writeBuffer(ByteBuffer(string: "id,name,orgNumber,categories,districts,joined,joinedSince\r\n"))
            try await Self.forEachChunk(db) { records in
                let lines = records.map { record in
                    [AssociationID(record.id).description, CSVField.written(record.name), CSVField.written(record.orgNumber ?? ""),
                     CSVField.written(record.categories.joined(separator: ";")), CSVField.written(record.districts.joined(separator: ";")),
                     record.joined ? "true" : "false", record.joinedSince ?? ""].joined(separator: ",")
                }
                try await writer.writeBuffer(ByteBuffer(string: lines.joined(separator: "\r\n") + "\r\n"))
            }
        }))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"associations.csv\"")
        return response
    }

    @Sendable func json(_ req: Request) async throws -> Response {
        let db = req.db
        let response = Response(status: .ok, body: .init(managedAsyncStream: { writer in
            try await writer.writeBuffer(ByteBuffer(string: "["))
            var first = true
            try await Self.forEachChunk(db) { records in
                var chunk = ByteBuffer()
                for record in records {
                    var json = JSONWriter(capacity: 256)
                    record.write(to: &json)
                    chunk.writeString(first ? "\n" : ",\n")
                    chunk.writeImmutableBuffer(json.buffer)
                    first = false
                }
                try await writer.writeBuffer(chunk)
            }
            try await writer.writeBuffer(ByteBuffer(string: "\n]\n"))
        }))
        response.headers.contentType = .json
        return response
    }

    /// What the CSV file does to cells a spreadsheet would run (`CSVField`), as the ledger page says it.
    static func csvNote(_ language: Language) -> String {
        Wording(language).t("ledger.openDataFormulas")
    }

    static var cc0: [String: Any] { ["@id": "http://creativecommons.org/publicdomain/zero/1.0/"] }

    /// One DCAT dataset: titles and descriptions in Swedish and English, CC0, its distributions
    /// as (path, media type, Swedish and English note or nil).
    static func dataset(id: String, base: String, email: String, title: (sv: String, en: String), description: (sv: String, en: String),
                        distributions: [(path: String, mediaType: String, note: (sv: String, en: String)?)]) -> [String: Any] {
        func text(_ pair: (sv: String, en: String)) -> [[String: String]] { [["@language": "sv", "@value": pair.sv], ["@language": "en", "@value": pair.en]] }
        return [
            "@id": id, "@type": "dcat:Dataset", "dcterms:title": text(title), "dcterms:description": text(description),
            "dcterms:publisher": ["@id": "\(base)#publisher"],
            "dcat:theme": ["@id": "http://publications.europa.eu/resource/authority/data-theme/SOCI"],
            "dcterms:license": cc0,
            "dcat:contactPoint": ["@type": "vcard:Organization", "vcard:hasEmail": ["@id": "mailto:\(email)"]],
            "dcat:distribution": distributions.map { distribution -> [String: Any] in
                var entry: [String: Any] = ["@type": "dcat:Distribution", "dcat:accessURL": ["@id": base + distribution.path],
                                            "dcat:mediaType": distribution.mediaType, "dcterms:license": cc0]
                if let note = distribution.note { entry["dcterms:description"] = text(note) }
                return entry
            },
        ]
    }

    /// DCAT-AP-SE: the catalog, its publisher and its datasets — the register and the projects —
    /// each with a CSV and a JSON distribution.
    @Sendable func catalog(_ req: Request) async throws -> Response {
        let base = req.application.baseAddress
        let municipality = req.application.municipality
        let name = municipality.name
        let associations = Self.dataset(
            id: "\(base)/open-data/associations", base: base, email: municipality.contact.email,
            title: ("Föreningar i \(name)", "Associations in \(name)"),
            description: ("Föreningar som kommunen har verifierat, med kategori, stadsdel och om de anslutit sig till överenskommelsen om samverkan.",
                          "Associations verified by the municipality, with category, district and whether they have joined the local agreement on cooperation."),
            distributions: [(SiteURL.openData(.associationsCSV).path, "text/csv", (Self.csvNote(.sv), Self.csvNote(.en))),
                            (SiteURL.openData(.associationsJSON).path, "application/json", nil)])
        let projects = Self.dataset(
            id: "\(base)/open-data/projects", base: base, email: municipality.contact.email,
            title: ("Projekt mellan kommunen och föreningar i \(name)", "Projects between the municipality and associations in \(name)"),
            description: ("Projekt och partnerskap (IOP) som kommunen och föreningar gör tillsammans: status, samverkansform, stadsdelar, "
                            + "målgrupper, mål och bekräftade partner.",
                          "Projects and partnerships (IOP) the municipality and associations run together: status, form of cooperation, districts, "
                            + "target groups, goals and confirmed partners."),
            distributions: [(SiteURL.openData(.projectsCSV).path, "text/csv", (Self.csvNote(.sv), Self.csvNote(.en))),
                            (SiteURL.openData(.projectsJSON).path, "application/json", nil)])
        let catalog: [String: Any] = [
            "@context": ["dcat": "http://www.w3.org/ns/dcat#", "dcterms": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
                         "vcard": "http://www.w3.org/2006/vcard/ns#"],
            "@graph": [
                ["@id": "\(base)/open-data/catalog", "@type": "dcat:Catalog", "dcterms:title": "Samverka \(municipality.name)",
                 "dcterms:publisher": ["@id": "\(base)#publisher"],
                 "dcat:dataset": [["@id": "\(base)/open-data/associations"], ["@id": "\(base)/open-data/projects"]]],
                ["@id": "\(base)#publisher", "@type": "foaf:Organization", "foaf:name": municipality.name,
                 "dcterms:identifier": municipality.organisationNumber],
                associations,
                projects,
            ],
        ]
        let data = try JSONSerialization.data(withJSONObject: catalog, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: "application/ld+json; charset=utf-8")
        return response
    }
}
