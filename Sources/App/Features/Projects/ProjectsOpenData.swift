import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Projects as open data (CC0), beside the register: every project as CSV and JSON, in the API's
/// form (confirmed partners only), streamed in chunks in id order so none sits in memory whole.
struct ProjectsOpenData {
    static let chunkSize = 200

    func register(_ routes: any RoutesBuilder) {
        routes.get(.openData(.projectsCSV), .everyone, use: csv)
        routes.get(.openData(.projectsJSON), .everyone, use: json)
    }

    typealias Record = ProjectsAPIController.ItemDTO

    static func forEachChunk(_ db: any Database, base: String, _ body: ([Record]) async throws -> Void) async throws {
        let sql = db as! any SQLDatabase
        var after: UUID?
        while true {
            let items = try await ProjectsAPIController.items(after: after, limit: chunkSize, base: base, on: sql)
            guard let last = items.last else { return }
            try await body(items)
            after = last.id
            if items.count < chunkSize { return }
        }
    }

    static let header = "id,title,status,form,districts,targetGroups,goals,associations,departments,starts,ends,url"

    static func line(_ record: Record) -> String {
        [record.id.uuidString.lowercased(), CSVField.written(record.title), record.status, record.form,
         CSVField.written(record.districts.joined(separator: ";")), CSVField.written(record.targetGroups.joined(separator: ";")),
         record.goals.map(String.init).joined(separator: ";"), CSVField.written(record.associations.map(\.name).joined(separator: ";")),
         CSVField.written(record.departments.map(\.name).joined(separator: ";")), record.starts ?? "", record.ends ?? "", record.url]
            .joined(separator: ",")
    }

    @Sendable func csv(_ req: Request) async throws -> Response {
        let db = req.db
        let base = req.application.baseAddress
        let response = Response(status: .ok, body: .init(managedAsyncStream: { writer in
            try await writer.writeBuffer(ByteBuffer(string: Self.header + "\r\n"))
            try await Self.forEachChunk(db, base: base) { records in
                try await writer.writeBuffer(ByteBuffer(string: records.map(Self.line).joined(separator: "\r\n") + "\r\n"))
            }
        }))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"projects.csv\"")
        return response
    }

    @Sendable func json(_ req: Request) async throws -> Response {
        let db = req.db
        let base = req.application.baseAddress
        let response = Response(status: .ok, body: .init(managedAsyncStream: { writer in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try await writer.writeBuffer(ByteBuffer(string: "["))
            var first = true
            try await Self.forEachChunk(db, base: base) { records in
                var chunk = ByteBuffer()
                for record in records {
                    chunk.writeString(first ? "\n" : ",\n")
                    chunk.writeBytes(try encoder.encode(record))
                    first = false
                }
                try await writer.writeBuffer(chunk)
            }
            try await writer.writeBuffer(ByteBuffer(string: "\n]\n"))
        }))
        response.headers.contentType = .json
        return response
    }
}
