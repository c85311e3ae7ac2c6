import Plot
import Domain
import Foundation

/// Public statistics per year, overall and per department: how many asked, how fast the first
/// answer came, how often the promise was kept, and how satisfied people were (N6).
public struct InquiryStatsPage: Sendable {
    public struct Row: Sendable, Equatable {
        public var department: String
        public var statistics: InquiryStatistics

        public init(department: String, statistics: InquiryStatistics) {
            self.department = department
            self.statistics = statistics
        }
    }

    public var year: Int
    public var years: [Int]
    public var overall: InquiryStatistics
    public var departments: [Row]

    public init(year: Int, years: [Int], overall: InquiryStatistics, departments: [Row]) {
        self.year = year
        self.years = years
        self.overall = overall
        self.departments = departments
    }

    static let sample = InquiryStatistics(count: 40, answered: 31, medianWorkingDaysToAnswer: 2.5, shareAnsweredInTime: 0.84,
                                          ratings: 12, averageRating: 4.2, ratingsByGrade: [0, 1, 1, 4, 6])
    public static let mock = InquiryStatsPage(year: 2026, years: [2026, 2025], overall: sample,
                                              departments: [Row(department: "Kultur- och fritidsförvaltningen", statistics: sample)])

    public func render(_ context: PageContext) -> String {
        let title = context.t("inquiries.stats.title", ["year": String(year)])
        return Layout.render(
            context, title: title,
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("inquiries.stats.lead"))),
            .if(years.count > 1, Form.get(
                SiteURL.inquiries(.statistics).path, class: "filter-form filter-form--inline",
                Form.select(context, FormState(values: ["year": String(year)]), name: "year", label: context.t("inquiries.stats.year"),
                            options: years.map { Form.Option(String($0), String($0)) }),
                Form.submit(context.t("form.filter"), class: "button button--secondary"))),
            .h2(.safe(context.t("inquiries.stats.overall"))),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("inquiries.stats.count"))), .dd(.safe(context.words.number(overall.count))),
                // How each figure is counted, beside it: a median of 4 days next to 46 % in time read as a contradiction.
                .dt(.safe(context.t("inquiries.stats.median"))),
                .dd(.safe(Self.days(overall.medianWorkingDaysToAnswer, context)),
                    .span(.class("hint figure-note"), .safe(context.t("inquiries.stats.medianNote")))),
                .dt(.safe(context.t("inquiries.stats.inTime"))),
                .dd(.safe(Self.percent(overall.shareAnsweredInTime, context)),
                    .span(.class("hint figure-note"), .safe(context.t("inquiries.stats.inTimeNote")))),
                .dt(.safe(context.t("inquiries.stats.satisfaction"))),
                .dd(.safe(Self.rating(overall, context)),
                    .if(overall.ratings > 0, .span(.class("figure-note"), .safe(Self.grades(overall, context)))),
                    .span(.class("hint figure-note"), .safe(context.t("inquiries.stats.satisfactionNote"))))
            ),
            .h2(.safe(context.t("inquiries.stats.perDepartment"))),
            DataTable.render(
                caption: context.t("inquiries.stats.caption", ["year": String(year)]),
                headers: [context.t("inquiries.department"), context.t("inquiries.stats.count"), context.t("inquiries.stats.median"),
                          context.t("inquiries.stats.inTime"), context.t("inquiries.stats.satisfaction")],
                rows: departments.map { row in [
                    .safe(row.department), .safe(context.words.number(row.statistics.count)),
                    .safe(Self.days(row.statistics.medianWorkingDaysToAnswer, context)),
                    .safe(Self.percent(row.statistics.shareAnsweredInTime, context)), .safe(Self.rating(row.statistics, context)),
                ] },
                emptyText: context.t("inquiries.stats.empty")),
            .p(.class("hint"), .safe(context.t("inquiries.stats.method"))),
            .p(.a(.href(SiteURL.api(.inquiryStatistics).path(query: [("year", String(year))])), .safe(context.t("inquiries.stats.api"))))
        )
    }

    static func decimal(_ value: Double, _ context: PageContext) -> String {
        let text = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        return context.language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func days(_ value: Double?, _ context: PageContext) -> String {
        value.map { context.t($0 == 1 ? "inquiries.stats.day" : "inquiries.stats.days", ["days": decimal($0, context)]) } ?? "–"
    }

    static func percent(_ value: Double?, _ context: PageContext) -> String {
        value.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"
    }

    /// The average with one decimal ("4,0 av 5"), so that 3,6 and 4,4 do not both read "4".
    static func rating(_ statistics: InquiryStatistics, _ context: PageContext) -> String {
        statistics.averageRating.map {
            let text = String(format: "%.1f", $0)
            return context.t("inquiries.stats.ratingValue", ["rating": context.language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text,
                                                              "count": context.words.number(statistics.ratings)])
        } ?? "–"
    }

    /// How many gave each grade, best first: "5: 7, 4: 3, 3: 1, 2: 0, 1: 1".
    static func grades(_ statistics: InquiryStatistics, _ context: PageContext) -> String {
        let list = (1...5).reversed().map { "\($0): \(context.words.number(statistics.ratingsByGrade[$0 - 1]))" }.joined(separator: ", ")
        return context.t("inquiries.stats.grades", ["list": list])
    }
}
