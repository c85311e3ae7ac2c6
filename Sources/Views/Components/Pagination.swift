import Plot
import Domain

/// Previous / "page 2 of 9" / next, as links that keep the list's filters.
public enum Pagination {
    public static func nav<Item>(
        _ context: PageContext, _ paged: Paged<Item>, path: String, query: [(String, String?)] = []
    ) -> Node<HTML.BodyContext> {
        func link(_ number: Int) -> String {
            let items = query + [("page", number == 1 ? nil : String(number))]
            return SiteURL.withQuery(path, items)
        }
        return .if(paged.pageCount > 1, .nav(
            .class("pagination"), .attr("aria-label", context.t("pagination.label")),
            .ul(
                .if(paged.hasPrevious, .li(.a(.attr("href", link(paged.page.number - 1)), .attribute(named: "rel", value: "prev"),
                                               .safe(context.t("pagination.previous"))))),
                .li(.class("pagination__status"), .safe(context.t("pagination.status", [
                    "page": context.words.number(paged.page.number), "count": context.words.number(paged.pageCount),
                    "total": context.words.total(paged),
                ]))),
                .if(paged.hasNext, .li(.a(.attr("href", link(paged.page.number + 1)), .attribute(named: "rel", value: "next"),
                                           .safe(context.t("pagination.next")))))
            )
        ))
    }
}
