import Plot
import Domain

/// "Contact the municipality": the central entry point first, then every department's own way in.
public struct ContactPage: Sendable {
    public var coordinator: EntryPointCard?
    public var entryPoints: Paged<EntryPointCard>

    public init(coordinator: EntryPointCard?, entryPoints: Paged<EntryPointCard>) {
        self.coordinator = coordinator
        self.entryPoints = entryPoints
    }

    public static let mock = ContactPage(
        coordinator: .mock,
        entryPoints: Paged(items: [.mock, .mock], page: PageRequest(number: 1), total: 2)
    )

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("contact.title"),
            .h1(.safe(context.t("contact.title"))),
            .p(.class("lead"), .safe(context.t("contact.lead"))),
            .section(
                .class("call-to-action"), .attr("aria-labelledby", "ask-heading"),
                .h2(.id("ask-heading"), .safe(context.t("contact.askHeading"))),
                .p(.safe(context.t("contact.askBody"))),
                .p(.a(.class("button"), .href(SiteURL.inquiries(.ask).path), .safe(context.t("inquiries.ask.title")))),
                .p(.a(.href(SiteURL.inquiries(.statistics).path), .safe(context.t("inquiries.stats.link"))))
            ),
            .unwrap(coordinator) { card in
                .section(
                    .attr("aria-labelledby", "coordinator-heading"),
                    .h2(.id("coordinator-heading"), .safe(context.t("contact.coordinatorHeading"))),
                    .p(.safe(context.t("contact.coordinatorBody"))),
                    card.render(context)
                )
            },
            .h2(.safe(context.t("contact.departmentsHeading"))),
            .p(.safe(context.t("contact.departmentsBody"))),
            .div(.class("card-list"), .forEach(entryPoints.items) { $0.render(context) }),
            Pagination.nav(context, entryPoints, path: SiteURL.contact.path)
        )
    }
}
