import Vapor
import Domain
import Views

/// The API's form of a year's follow-up: every table with its column keys and, per row, a key,
/// the label in Swedish and the values in column order (shares from 0 to 1 to four decimals,
/// measures to two, as the CSV; null when unknown).
extension FollowUpController {
    struct RowDTO: Content {
        var key: String
        var label: String
        var values: [NullEncoded<Double>]
    }

    struct TableDTO: Content {
        var id: String
        var columns: [String]
        var rows: [RowDTO]
    }

    struct ReportDTO: Content {
        var year: Int
        var tables: [TableDTO]

        init(year: Int, tables: [TableDTO]) {
            (self.year, self.tables) = (year, tables)
        }

        init(_ report: FollowUpReport, catalog: Catalog) {
            self.init(year: report.year, tables: report.tables.map { table in
                TableDTO(id: table.section.rawValue, columns: table.columns, rows: table.rows.map { row in
                    RowDTO(key: row.key, label: FollowUpText.label(row.label, catalog), values: row.values.map { NullEncoded(wrappedValue: $0.published) })
                })
            })
        }
    }
}


extension FollowUpController.RowDTO: APIObject {
    static let schemaName = "FollowUpRow"
    static var example: Self { .init(key: "kultur-och-fritidsforvaltningen", label: "Kultur- och fritidsförvaltningen", values: [.init(wrappedValue: 12)]) }
    static var refinements: [String: JSONSchema] { ["values": .array(.nullable(.number()))] }
}

extension FollowUpController.TableDTO: APIObject {
    static let schemaName = "FollowUpTable"
    static var example: Self { .init(id: "inquiries", columns: ["inquiries"], rows: [.example]) }
    static var refinements: [String: JSONSchema] { ["id": .values(FollowUpTable.Section.self)] }
}

extension FollowUpController.ReportDTO: APIObject {
    static let schemaName = "FollowUpReport"
    static var example: Self { .init(year: 2026, tables: [.example]) }
    static var refinements: [String: JSONSchema] { ["year": .integer(minimum: FollowUpYear.first)] }
}
