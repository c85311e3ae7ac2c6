import Domain

/// The yearly follow-up: the newest year, one year's report, and each of its tables as CSV.
public enum FollowUpURL: Sendable, Hashable {
    /// Sends the reader on to this year's report.
    case latest
    case year(Parameter)
    /// One table of a year as CSV: `/uppfoljning/2026/tabeller/inquiries.csv`.
    case table(Parameter, Parameter)
    /// One department's part of a year, for its committee: `/uppfoljning/2026/kultur-och-fritidsforvaltningen`.
    case department(Parameter, Parameter)

    public var pathComponents: [String] {
        switch self {
        case .latest: return []
        case .year(let year): return [year.component("year")]
        case .table(let year, let file): return [year.component("year"), "tabeller", file.component("file")]
        case .department(let year, let slug): return [year.component("year"), slug.component("department")]
        }
    }

    /// The CSV of one table.
    public static func csv(year: Int, _ section: FollowUpTable.Section) -> SiteURL {
        .followUp(.table(.value(String(year)), .value(section.rawValue + ".csv")))
    }
}
