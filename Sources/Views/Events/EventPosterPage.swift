import Plot
import Domain

/// `/evenemang/{slug}/affisch`: the event on one A4 sheet to put up in a stairwell or a library —
/// large type, when and where, how everyone can come, and the event's address written short, to
/// type in (N19: not everyone finds things online, but many will type an address they are given).
public struct EventPosterPage: Sendable {
    public var event: EventPage

    public init(event: EventPage) {
        self.event = event
    }

    public static let mock = EventPosterPage(event: .mock)

    /// "orebro.samverka.se/evenemang/foreningarnas-dag": the address without its scheme or "www.".
    public static func shortAddress(_ url: String) -> String {
        var text = Substring(url)
        for prefix in ["https://", "http://", "www."] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        return String(text)
    }

    public func render(_ context: PageContext) -> String {
        let summary = event.summary
        let access = summary.accessibility.map { context.t("events.access.\($0.rawValue)") }
            + (event.languages.isEmpty ? [] : [context.t("events.languages", ["languages": event.languages])])
        return Layout.render(
            context, title: context.t("events.poster.title", ["title": summary.title]),
            .div(
                .class("poster"),
                .p(.class("breadcrumb no-print"), .a(.href(SiteURL.events(.show(.value(summary.slug))).path), .safe("← " + summary.title))),
                .p(.class("notice no-print"), .safe(context.t("events.poster.printHint"))),
                .if(summary.isCancelled, .p(.class("poster__cancelled"), .safe(context.t("events.cancelledLead")))),
                .h1(.safe(summary.title)),
                .p(.class("poster__lead"), .safe(summary.easyRead)),
                .dl(
                    .class("poster__facts"),
                    .dt(.safe(context.t("events.when"))), .dd(.safe(summary.when(context))),
                    .dt(.safe(context.t("events.where"))),
                    .dd(.safe(summary.whereText(context)), .if(!event.address.isEmpty, .group(.br(), .safe(event.address)))),
                    .if(!access.isEmpty, .group(.dt(.safe(context.t("events.accessibility"))), .dd(.safe(access.joined(separator: ", "))))),
                    .dt(.safe(context.t("events.field.price"))), .dd(.safe(event.price.isEmpty ? context.t("events.free") : event.price)),
                    .dt(.safe(context.t("events.organiser"))), .dd(.safe(summary.organisers(context)))
                ),
                .p(.class("poster__address"),
                   .safe(context.t(event.registration?.isOpen == true ? "events.poster.registerAt" : "events.poster.readMore")), .br(),
                   .strong(.safe(Self.shortAddress(event.url))))
            )
        )
    }
}
