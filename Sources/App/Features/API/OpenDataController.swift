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

    /// DCAT-AP-SE: the catalog, its publisher and the dataset with its two distributions.
    @Sendable func catalog(_ req: Request) async throws -> Response {
        let base = req.application.settings.baseURL.absoluteString
        let municipality = req.application.municipality
        let dataset: [String: Any] = [
            "@id": "\(base)/open-data/associations", "@type": "dcat:Dataset",
            "dcterms:title": [["@language": "sv", "@value": "Föreningar i \(municipality.name)"], ["@language": "en", "@value": "Associations in \(municipality.name)"]],
            "dcterms:description": [["@language": "sv", "@value": "Föreningar som kommunen har verifierat, med kategori, stadsdel och om de anslutit sig till överenskommelsen om samverkan."],
                                    ["@language": "en", "@value": "Associations verified by the municipality, with category, district and whether they have joined the local agreement on cooperation."]],
            "dcterms:publisher": ["@id": "\(base)#publisher"],
            "dcat:theme": ["@id": "http://publications.europa.eu/resource/authority/data-theme/SOCI"],
            "dcterms:license": ["@id": "http://creativecommons.org/publicdomain/zero/1.0/"],
            "dcat:contactPoint": ["@type": "vcard:Organization", "vcard:hasEmail": ["@id": "mailto:\(municipality.contact.email)"]],
            "dcat:distribution": [
                ["@type": "dcat:Distribution", "dcat:accessURL": ["@id": base + SiteURL.openData(.associationsCSV).path], "dcat:mediaType": "text/csv",
                 "dcterms:description": [["@language": "sv", "@value": Self.csvNote(.sv)], ["@language": "en", "@value": Self.csvNote(.en)]],
                 "dcterms:license": ["@id": "http://creativecommons.org/publicdomain/zero/1.0/"]],
                ["@type": "dcat:Distribution", "dcat:accessURL": ["@id": base + SiteURL.openData(.associationsJSON).path], "dcat:mediaType": "application/json",
                 "dcterms:license": ["@id": "http://creativecommons.org/publicdomain/zero/1.0/"]],
            ],
        ]
        let catalog: [String: Any] = [
            "@context": ["dcat": "http://www.w3.org/ns/dcat#", "dcterms": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
                         "vcard": "http://www.w3.org/2006/vcard/ns#"],
            "@graph": [
                ["@id": "\(base)/open-data/catalog", "@type": "dcat:Catalog", "dcterms:title": "Samverka \(municipality.name)",
                 "dcterms:publisher": ["@id": "\(base)#publisher"], "dcat:dataset": ["@id": "\(base)/open-data/associations"]],
                ["@id": "\(base)#publisher", "@type": "foaf:Organization", "foaf:name": municipality.name,
                 "dcterms:identifier": municipality.organisationNumber],
                dataset,
            ],
        ]
        let data = try JSONSerialization.data(withJSONObject: catalog, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: "application/ld+json; charset=utf-8")
        return response
    }
}
