import Testing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Views

@Suite("Bar charts drawn as SVG on the server")
struct BarChartTests {
    /// The elements of a parsed SVG in document order, with their attributes and text.
    final class SVGReader: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            var text = ""
        }

        var elements: [Element] = []
        private var open: [Int] = []

        /// nil when the markup is not well-formed XML.
        static func read(_ svg: String) -> SVGReader? {
            let reader = SVGReader()
            let parser = XMLParser(data: Data(svg.utf8))
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: elementName, attributes: attributeDict))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        func all(_ name: String, class className: String) -> [Element] {
            elements.filter { $0.name == name && ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
        }
    }

    static let bands = BarChart(
        id: "band-share", title: "Samverkan per storlek", summary: "Små föreningar har 40 % av samverkan.",
        series: ["Registret", "Samverkan"],
        bars: [
            .init(label: "Barn & unga <5>", values: [60, 20], texts: ["60 %", "20 %"]),
            .init(label: "26–100", values: [20, 0], texts: ["20 %", "0 %"]),
            .init(label: "101–500", values: [15, 40], texts: ["15 %", "40 %"]),
        ])

    @Test("the chart is well-formed XML, an image named by its title and described by its desc")
    func accessibleImage() throws {
        let reader = try #require(SVGReader.read(Self.bands.svg))
        let svg = try #require(reader.elements.first)
        #expect(svg.name == "svg" && svg.attributes["role"] == "img")
        let labelledBy = (svg.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
        let title = try #require(reader.elements.first { $0.name == "title" })
        let desc = try #require(reader.elements.first { $0.name == "desc" })
        #expect(title.attributes["id"] == "band-share-title" && title.text == "Samverkan per storlek")
        #expect(desc.attributes["id"] == "band-share-desc" && desc.text == "Små föreningar har 40 % av samverkan.")
        #expect(labelledBy == ["band-share-title", "band-share-desc"])
        #expect(Self.bands.node.render() == Self.bands.svg)
    }

    @Test("one bar per nonzero value, coloured by series, and a legend for two series")
    func barsPerValue() throws {
        let reader = try #require(SVGReader.read(Self.bands.svg))
        let bars = reader.all("rect", class: "chart-bar")
        #expect(bars.count == 5)
        #expect(bars.map { $0.attributes["class"] } == [
            "chart-bar chart-series-1", "chart-bar chart-series-2", "chart-bar chart-series-1",
            "chart-bar chart-series-1", "chart-bar chart-series-2",
        ])
        #expect(reader.all("text", class: "chart-label").map(\.text) == ["Barn & unga <5>", "26–100", "101–500"])
        #expect(reader.all("text", class: "chart-value").count == 6)
        #expect(reader.all("text", class: "chart-legend-text").map(\.text) == ["Registret", "Samverkan"])
    }

    @Test("bars scale to the largest value, or to the maximum given")
    func scaling() throws {
        // The bar area is 640 − 256 − 72 = 312 wide: 5 of 5 is 312, 2.5 of 5 is 156.
        let chart = BarChart(id: "c", title: "T", summary: "S", bars: [
            .init(label: "a", values: [5], texts: ["5"]), .init(label: "b", values: [2.5], texts: ["2,5"]),
        ])
        let widths = try #require(SVGReader.read(chart.svg)).all("rect", class: "chart-bar").map { $0.attributes["width"] }
        #expect(widths == ["312", "156"])
        // Against a maximum of 100 %: 50 is half, and 150 stops at full width.
        let capped = BarChart(id: "c", title: "T", summary: "S", bars: [
            .init(label: "a", values: [50], texts: ["50 %"]), .init(label: "b", values: [150], texts: ["150 %"]),
        ], maximum: 100)
        #expect(try #require(SVGReader.read(capped.svg)).all("rect", class: "chart-bar").map { $0.attributes["width"] } == ["156", "312"])
        #expect(!capped.svg.contains("chart-legend"))
    }

    @Test("all zero draws no bar but still every label and value")
    func allZero() throws {
        let chart = BarChart(id: "z", title: "T", summary: "S", bars: [
            .init(label: "a", values: [0], texts: ["0"]), .init(label: "b", values: [0], texts: ["0"]),
        ])
        let reader = try #require(SVGReader.read(chart.svg))
        #expect(reader.all("rect", class: "chart-bar").isEmpty)
        #expect(reader.all("text", class: "chart-label").map(\.text) == ["a", "b"])
        #expect(reader.all("text", class: "chart-value").map(\.text) == ["0", "0"])
    }

    @Test("every text is escaped for XML")
    func escaping() throws {
        let chart = BarChart(id: "e", title: "\"Stöd\" & 'bidrag'", summary: "<b>fet</b>", series: ["A & B", "C"], bars: [
            .init(label: "Barn & unga <5>", values: [1, 2], texts: ["<1>", "2 & 3"]),
        ])
        #expect(chart.svg.contains("Barn &amp; unga &lt;5&gt;"))
        #expect(!chart.svg.contains("<b>") && !chart.svg.contains("<5>"))
        let reader = try #require(SVGReader.read(chart.svg))
        #expect(reader.elements.first { $0.name == "title" }?.text == "\"Stöd\" & 'bidrag'")
        #expect(reader.elements.first { $0.name == "desc" }?.text == "<b>fet</b>")
        #expect(reader.all("text", class: "chart-label").first?.text == "Barn & unga <5>")
        #expect(reader.all("text", class: "chart-value").map(\.text) == ["<1>", "2 & 3"])
    }

    @Test("no style attribute or style element, which the CSP would block")
    func noInlineStyle() throws {
        for chart in [Self.bands, BarChart(id: "x", title: "T", summary: "S", bars: [.init(label: "a", values: [1], texts: ["1"])])] {
            let reader = try #require(SVGReader.read(chart.svg))
            #expect(reader.elements.allSatisfy { $0.name != "style" && $0.attributes["style"] == nil })
            #expect(!chart.svg.contains("style"))
        }
    }

    @Test("a long label is shortened with an ellipsis to fit its column")
    func longLabel() throws {
        let long = "Föreningar för barn och unga i hela kommunen"
        let chart = BarChart(id: "l", title: "T", summary: "S", bars: [.init(label: long, values: [1], texts: ["1"])])
        let label = try #require(SVGReader.read(chart.svg)?.all("text", class: "chart-label").first?.text)
        #expect(label.count <= 28 && label.hasSuffix("…"))
        #expect(long.hasPrefix(String(label.dropLast())))
    }
}
