import Plot

/// A table with a caption and column headers; rows are cells already rendered.
/// Wide tables scroll inside their own box so the page never scrolls sideways (WCAG 1.4.10).
public enum DataTable {
    public static func render(
        caption: String, headers: [String], rows: [[Node<HTML.BodyContext>]], emptyText: String
    ) -> Node<HTML.BodyContext> {
        if rows.isEmpty { return .p(.class("empty"), .safe(emptyText)) }
        return .div(
            .class("table-scroll"), .attribute(named: "role", value: "region"),
            .attr("aria-label", caption), .attribute(named: "tabindex", value: "0"),
            .table(
                .class("table"),
                .caption(.safe(caption)),
                .thead(.tr(.forEach(headers) { .th(.attribute(named: "scope", value: "col"), .safe($0)) })),
                .tbody(.forEach(rows) { cells in
                    .tr(.forEach(cells.enumerated()) { index, cell in
                        index == 0 ? .th(.attribute(named: "scope", value: "row"), cell) : .td(cell)
                    })
                })
            )
        )
    }
}
