import Plot
import Domain

/// Open volunteer assignments, newest first: by district, target group, when, for young people,
/// language and words. Works without JavaScript: the filters are a GET form.
public struct AssignmentListPage: Sendable {
    public struct Filters: Sendable, Hashable {
        public var district: String
        public var group: String
        public var timing: String
        public var youth: Bool
        public var language: String
        public var words: String
        public var forStaff: Bool

        public init(district: String = "", group: String = "", timing: String = "", youth: Bool = false, language: String = "", words: String = "",
                    forStaff: Bool = false) {
            (self.district, self.group, self.timing, self.youth, self.language, self.words) = (district, group, timing, youth, language, words)
            self.forStaff = forStaff
        }

        var query: [(String, String?)] {
            [("district", district), ("group", group), ("timing", timing), ("youth", youth ? "on" : nil), ("staff", forStaff ? "on" : nil),
             ("language", language), ("q", words)]
        }
    }

    public var filters: Filters
    public var districts: [Form.Option]
    public var items: Paged<AssignmentSummary>
    public var canPublish: Bool

    public init(filters: Filters, districts: [Form.Option], items: Paged<AssignmentSummary>, canPublish: Bool) {
        (self.filters, self.districts, self.items, self.canPublish) = (filters, districts, items, canPublish)
    }

    public static let mock = AssignmentListPage(filters: Filters(), districts: [Form.Option("d1", "Vivalla")],
                                                items: Paged(items: [.mock], page: PageRequest(number: 1), total: 1), canPublish: true)

    public func render(_ context: PageContext) -> String {
        let path = SiteURL.volunteering(.list).path
        let state = FormState(values: ["district": filters.district, "group": filters.group, "timing": filters.timing,
                                       "youth": filters.youth ? "on" : "", "staff": filters.forStaff ? "on" : "", "language": filters.language,
                                       "q": filters.words])
        let all = context.t("associations.filter.all")
        return Layout.render(
            context, title: context.t("volunteering.title"),
            .h1(.safe(context.t("volunteering.title"))),
            .p(.class("lead"), .safe(context.t("volunteering.lead"))),
            .p(.a(.href(SiteURL.volunteering(.alerts).path), .safe(context.t("volunteering.alerts.link"))), .safe(" · "),
               .a(.href(SiteURL.volunteering(.figures).path), .safe(context.t("volunteering.figures.title")))),
            .if(canPublish, .p(.a(.class("button button--secondary"), .href(SiteURL.volunteering(.new).path), .safe(context.t("volunteering.new"))),
                               .safe(" "), .a(.href(SiteURL.volunteering(.mine).path), .safe(context.t("volunteering.mine.title"))))),
            Form.get(
                path, class: "filter-form",
                .div(.class("filter-grid"),
                     Form.field(context, state, name: "q", label: context.t("volunteering.filter.words")),
                     Form.select(context, state, name: "district", label: context.t("events.field.district"), options: districts, includeEmpty: all),
                     Form.select(context, state, name: "group", label: context.t("volunteering.field.targetGroup"),
                                 options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }, includeEmpty: all),
                     Form.select(context, state, name: "timing", label: context.t("volunteering.field.timing"),
                                 options: AssignmentTiming.allCases.map { Form.Option($0.rawValue, context.t("volunteering.timing.\($0.rawValue)")) },
                                 includeEmpty: all),
                     Form.field(context, state, name: "language", label: context.t("volunteering.filter.language"),
                                hint: context.t("volunteering.filter.languageHint"))),
                Form.checkbox(state, name: "youth", label: context.t("volunteering.filter.youth", ["age": String(VolunteerAge.youth)])),
                Form.checkbox(state, name: "staff", label: context.t("volunteering.filter.forStaff")),
                Form.submit(context.t("form.filter"), class: "button button--secondary")
            ),
            .h2(.safe(context.t("volunteering.open", ["total": context.words.total(items)]))),
            .if(items.items.isEmpty, .p(.class("empty"), .safe(context.t("volunteering.empty")))),
            .div(.class("card-list"), .forEach(items.items) { $0.render(context, headingLevel: 3) }),
            Pagination.nav(context, items, path: path, query: filters.query)
        )
    }
}
