import Plot
import Domain

/// The routing table: which department's entry point answers each topic. A topic left
/// empty goes to the central entry point, like "I don't know".
public struct InquiryTopicsAdminPage: Sendable {
    public var form: FormState
    public var departments: [Form.Option]
    public var coordinator: String

    public init(form: FormState, departments: [Form.Option], coordinator: String) {
        self.form = form
        self.departments = departments
        self.coordinator = coordinator
    }

    public static let mock = InquiryTopicsAdminPage(form: FormState(values: ["premises": "d1"]),
                                                    departments: [Form.Option("d1", "Kultur- och fritidsförvaltningen")],
                                                    coordinator: "Kommunstyrelseförvaltningen")

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.topics.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.topics.title"))),
            .p(.class("lead"), .safe(context.t("admin.topics.lead", ["coordinator": coordinator]))),
            Form.post(
                context, action: SiteURL.admin(.inquiryTopics).path,
                Form.errorSummary(context, form),
                .div(.class("filter-grid"), .forEach(InquiryTopic.allCases.filter(\.isRouted)) { topic in
                    Form.select(context, form, name: topic.rawValue, label: context.t("inquiries.topic.\(topic.rawValue)"),
                                options: departments, includeEmpty: context.t("admin.topics.coordinator", ["coordinator": coordinator]))
                }),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
