import Plot
import Domain

/// The associations that fit a call, best first, each with why; the department ticks those to
/// send it to (each gets it once).
public struct CallMatchesPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var id: String
        public var name: String
        public var slug: String
        public var reasons: [String]
        public var sent: Bool

        public init(id: String, name: String, slug: String, reasons: [String], sent: Bool) {
            self.id = id
            self.name = name
            self.slug = slug
            self.reasons = reasons
            self.sent = sent
        }
    }

    public var call: CallSummary
    public var rows: [Row]
    public var form: FormState

    public init(call: CallSummary, rows: [Row], form: FormState = FormState()) {
        self.call = call
        self.rows = rows
        self.form = form
    }

    public static let mock = CallMatchesPage(call: .mock, rows: [
        Row(id: "a1", name: "NPF-föreningen Vägvisaren", slug: "npf", reasons: ["kompetens: npf", "stadsdel: Vivalla"], sent: false),
        Row(id: "a2", name: "Autismföreningen", slug: "autism", reasons: ["kompetens: autism"], sent: true),
    ])

    public func render(_ context: PageContext) -> String {
        let title = context.t("calls.matchesTitle", ["title": call.title])
        let unsent = rows.filter { !$0.sent }
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.calls(.show(.value(call.slug))).path), .safe("← " + call.title))),
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("calls.matchesLead"))),
            .if(rows.isEmpty, .p(.class("empty"), .safe(context.t("calls.noMatches")))),
            .if(!unsent.isEmpty, Form.post(
                context, action: SiteURL.calls(.matches(.value(call.slug))).path,
                Form.errorSummary(context, form),
                Form.checkboxGroup(context, form, name: "associations", legend: context.t("calls.sendTo"),
                                   options: unsent.map { Form.Option($0.id, "\($0.name) – \($0.reasons.joined(separator: "; "))") }),
                Form.submit(context.t("calls.send"))
            )),
            .if(rows.contains(where: \.sent), .group(
                .h2(.safe(context.t("calls.sentTo"))),
                .ul(.forEach(rows.filter(\.sent)) { row in
                    .li(.a(.href(SiteURL.associations(.show(.value(row.slug))).path), .safe(row.name)),
                        .safe(" – " + row.reasons.joined(separator: "; ")))
                })
            ))
        )
    }
}
