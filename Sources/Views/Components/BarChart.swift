import Plot

/// A horizontal bar chart drawn on the server as inline SVG (issue 18): no script, so it shows
/// with JavaScript off and under a CSP without `unsafe-inline`. Colours come from CSS classes
/// only (`chart-bar`, `chart-series-N`, `chart-label`, `chart-value`), never a style attribute.
///
/// The chart is an image to a screen reader: `role="img"` named by its `<title>` and described
/// by its `<desc>`. The figures themselves belong in the table set beside it, which is also
/// where a label shortened here can be read in full.
public struct BarChart: Sendable {
    /// One category: a value per series and the number printed after each bar ("42 %").
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var values: [Double]
        public var texts: [String]

        public init(label: String, values: [Double], texts: [String]) {
            self.label = label
            self.values = values
            self.texts = texts
        }
    }

    /// Unique on the page: the title and description are `\(id)-title` and `\(id)-desc`.
    public var id: String
    public var title: String
    /// What the chart shows, in a sentence, for those who cannot see it.
    public var summary: String
    /// The names of the series; a legend is drawn when there are two or more.
    public var series: [String]
    public var bars: [Bar]
    /// The value of a full-width bar; by default the largest value.
    public var maximum: Double?

    public init(id: String, title: String, summary: String, series: [String] = [], bars: [Bar], maximum: Double? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.series = series
        self.bars = bars
        self.maximum = maximum
    }

    /// Sizes in viewBox units. The label column is 40 % of the width; the value column after
    /// the longest bar fits "100 %" or "36 535".
    enum Layout {
        static let width = 640.0
        static let labelWidth = 256.0
        static let valueWidth = 72.0
        static let barArea = width - labelWidth - valueWidth
        static let barHeight = 16.0
        static let seriesGap = 4.0
        static let groupGap = 12.0
        static let legendRow = 20.0
        /// About what fits in the label column at the chart's text size.
        static let labelCharacters = 25
    }

    public var node: Node<HTML.BodyContext> { .raw(svg) }

    public var svg: String {
        let ids = (title: HTMLEscaping.escape("\(id)-title"), desc: HTMLEscaping.escape("\(id)-desc"))
        var body = "<title id=\"\(ids.title)\">\(HTMLEscaping.escape(title))</title>"
        body += "<desc id=\"\(ids.desc)\">\(HTMLEscaping.escape(summary))</desc>"
        var y = 0.0
        if series.count >= 2 {
            body += "<g class=\"chart-legend\">"
            for (index, name) in series.enumerated() {
                body += "<rect class=\"chart-swatch chart-series-\(index + 1)\" x=\"0\" y=\"\(Self.number(y + 4))\" width=\"12\" height=\"12\"/>"
                body += "<text class=\"chart-legend-text\" x=\"18\" y=\"\(Self.number(y + 15))\">\(HTMLEscaping.escape(name))</text>"
                y += Layout.legendRow
            }
            body += "</g>"
            y += Layout.groupGap - Layout.seriesGap
        }
        let scale = self.scale
        for bar in bars {
            let rows = Double(max(1, bar.values.count))
            let groupHeight = rows * Layout.barHeight + (rows - 1) * Layout.seriesGap
            body += "<g><text class=\"chart-label\" x=\"0\" y=\"\(Self.number(y + groupHeight / 2 + 5))\">"
            body += "\(HTMLEscaping.escape(Self.shortened(bar.label)))</text>"
            for (index, value) in bar.values.enumerated() {
                let rowY = y + Double(index) * (Layout.barHeight + Layout.seriesGap)
                let length = Self.length(of: value, scale: scale)
                if length > 0 {
                    body += "<rect class=\"chart-bar chart-series-\(index + 1)\" x=\"\(Self.number(Layout.labelWidth))\""
                    body += " y=\"\(Self.number(rowY))\" width=\"\(Self.number(length))\" height=\"\(Self.number(Layout.barHeight))\"/>"
                }
                if index < bar.texts.count {
                    body += "<text class=\"chart-value\" x=\"\(Self.number(Layout.labelWidth + length + 6))\""
                    body += " y=\"\(Self.number(rowY + 13))\">\(HTMLEscaping.escape(bar.texts[index]))</text>"
                }
            }
            body += "</g>"
            y += groupHeight + Layout.groupGap
        }
        let height = max(1, y)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""
            + " aria-labelledby=\"\(ids.title) \(ids.desc)\" viewBox=\"0 0 \(Self.number(Layout.width)) \(Self.number(height))\""
            + " width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">" + body + "</svg>"
    }

    /// Bar length per unit of value; 0 when there is nothing to scale to (all values zero).
    var scale: Double {
        let top = maximum ?? bars.flatMap(\.values).filter(\.isFinite).max() ?? 0
        return top.isFinite && top > 0 ? Layout.barArea / top : 0
    }

    /// A nonzero value always gets a visible bar, however small; a value above the maximum
    /// stops at full width instead of running over the value column.
    static func length(of value: Double, scale: Double) -> Double {
        guard value.isFinite, value > 0, scale > 0 else { return 0 }
        return min(Layout.barArea, max(1, value * scale))
    }

    /// A label cut to fit the label column, with "…" where it was cut.
    static func shortened(_ label: String) -> String {
        guard label.count > Layout.labelCharacters else { return label }
        var cut = label.prefix(Layout.labelCharacters - 1)
        while cut.last?.isWhitespace == true { cut.removeLast() }
        return cut + "…"
    }

    /// A coordinate with at most one decimal, never in exponent form ("1e-05" is not SVG).
    static func number(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
