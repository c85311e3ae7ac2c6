import Foundation
import Plot

/// Structured data for search engines (schema.org) as a JSON-LD block. It is data, not a
/// script, so the Content-Security-Policy has no reason to allow it; `<` is escaped so the
/// block can never end early.
public enum JSONLD {
    public static func script(_ object: [String: Any]) -> Node<HTML.BodyContext> {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
              let json = String(data: data, encoding: .utf8) else { return .empty }
        let safe = json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
        return .element(named: "script", nodes: [.attribute(named: "type", value: "application/ld+json"), .raw(safe)])
    }
}
