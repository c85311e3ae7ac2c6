import Foundation

/// An Atom 1.0 feed (RFC 4287) of consultations, written by hand: a handful of elements,
/// every text escaped.
public enum AtomFeed {
    public struct Entry: Sendable {
        public var id: String
        public var title: String
        public var link: String
        public var updated: Date
        public var summary: String

        public init(id: String, title: String, link: String, updated: Date, summary: String) {
            self.id = id
            self.title = title
            self.link = link
            self.updated = updated
            self.summary = summary
        }
    }

    public static func render(id: String, title: String, selfLink: String, alternate: String, updated: Date, entries: [Entry]) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        func text(_ value: String) -> String { HTMLEscaping.escape(value) }
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <id>\(text(id))</id>
        <title>\(text(title))</title>
        <updated>\(formatter.string(from: updated))</updated>
        <link rel="self" type="application/atom+xml" href="\(text(selfLink))"/>
        <link rel="alternate" type="text/html" href="\(text(alternate))"/>
        <author><name>\(text(title))</name></author>

        """
        for entry in entries {
            xml += """
            <entry>
            <id>\(text(entry.id))</id>
            <title>\(text(entry.title))</title>
            <link rel="alternate" type="text/html" href="\(text(entry.link))"/>
            <updated>\(formatter.string(from: entry.updated))</updated>
            <summary>\(text(entry.summary))</summary>
            </entry>

            """
        }
        return xml + "</feed>\n"
    }
}
