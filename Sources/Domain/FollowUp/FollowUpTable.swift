import Foundation

/// One table of the yearly follow-up (`/uppfoljning/{year}`). The same rows make the page's
/// table, the chart beside it, the CSV download and the API's answer, so the four cannot disagree.
public struct FollowUpTable: Sendable, Equatable {
    /// The tables, in the order the report shows them. An area that does not exist in a
    /// municipality's Samverka is left out, never shown empty.
    public enum Section: String, Sendable, CaseIterable, Codable {
        case joined, inquiries, consultations, projects, routes, events, training, volunteering, staffDays, network, actionPlan, commitments, fairness, concentration, survey
    }

    /// What a row is about: a term (a key of the catalogue, e.g. `events.kind.training`), or a name from the data.
    public enum Label: Sendable, Equatable {
        case term(String)
        case name(String)
    }

    public enum Value: Sendable, Equatable {
        case count(Int)
        /// A share from 0 to 1; nil when there is nothing to divide by.
        case share(Double?)
        /// A measure with decimals (median working days, an average grade, days); nil when unknown.
        case measure(Double?)

        public var number: Double? {
            switch self {
            case .count(let count): return Double(count)
            case .share(let share): return share
            case .measure(let measure): return measure
            }
        }

        /// As the CSV writes it: "12", "0.4286", "3.5" — a dot for decimals, nothing when unknown.
        public var csv: String {
            switch self {
            case .count(let count): return String(count)
            case .share(let share): return share.map { Self.written($0, digits: 4) } ?? ""
            case .measure(let measure): return measure.map { Self.written($0, digits: 2) } ?? ""
            }
        }

        /// The value as published (shares to four decimals, measures to two), so the API says
        /// exactly what the CSV does.
        public var published: Double? { Double(csv) }

        /// The shortest decimal with at most `digits` decimals: 0.5, 0.4286, 3.
        static func written(_ value: Double, digits: Int) -> String {
            var text = String(format: "%.\(digits)f", value)
            while text.contains("."), text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text == "-0" ? "0" : text
        }
    }

    public struct Row: Sendable, Equatable {
        /// Stable across languages and years: a year, a department's slug, a band, a kind.
        public var key: String
        public var label: Label
        public var values: [Value]

        public init(key: String, label: Label, values: [Value]) {
            (self.key, self.label, self.values) = (key, label, values)
        }
    }

    /// The key of the row that sums every department.
    public static let allKey = "all"

    public var section: Section
    /// Stable keys of the columns (`followUp.column.<key>` in the catalogue; the CSV's and the API's names).
    public var columns: [String]
    /// The columns the chart beside the table draws, one series each; none draws no chart.
    public var charted: [Int]
    public var rows: [Row]

    public init(section: Section, columns: [String], charted: [Int], rows: [Row]) {
        (self.section, self.columns, self.charted, self.rows) = (section, columns, charted, rows)
    }

    /// The CSV download (RFC 4180, CRLF): `key,label,<columns>`, then a line per row; `label`
    /// turns a term into words of the reader's language.
    public func csv(label: (Label) -> String) -> String {
        var lines = [(["key", "label"] + columns).joined(separator: ",")]
        for row in rows {
            lines.append(([CSVField.written(row.key), CSVField.written(label(row.label))] + row.values.map(\.csv)).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// A year's follow-up: every table that has an area behind it.
public struct FollowUpReport: Sendable, Equatable {
    public var year: Int
    public var tables: [FollowUpTable]

    public init(year: Int, tables: [FollowUpTable]) {
        (self.year, self.tables) = (year, tables)
    }

    public func table(_ section: FollowUpTable.Section) -> FollowUpTable? {
        tables.first { $0.section == section }
    }

    /// One department's part, for its committee: each table with a row for it, that row beside
    /// the row for all departments (where the table has one).
    public func department(_ key: String) -> FollowUpReport {
        FollowUpReport(year: year, tables: tables.compactMap { table in
            guard table.rows.contains(where: { $0.key == key }) else { return nil }
            var own = table
            own.rows = table.rows.filter { $0.key == key || $0.key == FollowUpTable.allKey }
            return own
        })
    }
}
