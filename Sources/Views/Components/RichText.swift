import Plot

/// Renders the plain text that editors write into headings, paragraphs and lists, and nothing
/// else: every character is escaped, so a text can never carry markup or script.
///
///     ## A heading          → <h2>  (### → <h3>)
///     - an item             → <ul><li>
///     a blank line          → a new paragraph
public enum RichText {
    public static func render(_ text: String, headingOffset: Int = 0) -> Node<HTML.BodyContext> {
        var nodes: [Node<HTML.BodyContext>] = []
        var paragraph: [String] = []
        var items: [String] = []
        func flush() {
            if !paragraph.isEmpty { nodes.append(.p(.safe(paragraph.joined(separator: " ")))); paragraph = [] }
            if !items.isEmpty { nodes.append(.ul(.forEach(items) { .li(.safe($0)) })); items = [] }
        }
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("### ") {
                flush()
                nodes.append(.element(named: "h\(3 + headingOffset)", nodes: [.safe(String(line.dropFirst(4)))]))
            } else if line.hasPrefix("## ") {
                flush()
                nodes.append(.element(named: "h\(2 + headingOffset)", nodes: [.safe(String(line.dropFirst(3)))]))
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty { nodes.append(.p(.safe(paragraph.joined(separator: " ")))); paragraph = [] }
                items.append(String(line.dropFirst(2)))
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return .group(nodes)
    }

    /// The text without its markup, for LIX and for summaries. Headings and list items are
    /// units of their own, so each ends a sentence.
    public static func plain(_ text: String) -> String {
        text.split(separator: "\n").map { line in
            var line = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["### ", "## ", "- ", "* "] where line.hasPrefix(prefix) {
                line = String(line.dropFirst(prefix.count))
                if let last = line.last, !".!?:".contains(last) { line += "." }
            }
            return line
        }.joined(separator: "\n")
    }
}
