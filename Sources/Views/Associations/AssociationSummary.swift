import Plot
import Domain
import Foundation

/// One association in a list: what it does, where, and whether it has joined the agreement.
public struct AssociationSummary: Sendable, Hashable {
    public var slug: String
    public var name: String
    public var summary: String
    public var categories: [AssociationCategory]
    public var districts: [String]
    public var joinedSince: Date?

    public init(slug: String, name: String, summary: String, categories: [AssociationCategory], districts: [String], joinedSince: Date?) {
        self.slug = slug
        self.name = name
        self.summary = summary
        self.categories = categories
        self.districts = districts
        self.joinedSince = joinedSince
    }

    public static let mock = AssociationSummary(
        slug: "vivalla-fotbollsklubb", name: "Vivalla fotbollsklubb (exempel)", summary: "Fotboll för alla åldrar.",
        categories: [.sport, .youth], districts: ["Vivalla"], joinedSince: Date(timeIntervalSince1970: 1_700_000_000))

    public func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        .article(
            .class("association-card"),
            .h3(.a(.href(SiteURL.associations(.show(.value(slug))).path), .safe(name))),
            .unwrap(joinedSince) { date in
                .p(.class("badge badge--joined"), .safe(context.t("associations.joinedSince", ["date": context.words.date(date)])))
            },
            .if(!summary.isEmpty, .p(.safe(summary))),
            .if(!categories.isEmpty || !districts.isEmpty, .p(
                .class("meta"),
                .safe((categories.map { context.t("category.\($0.rawValue)") } + districts).joined(separator: " · "))
            ))
        )
    }
}

extension String {
    /// The first sentence or so of a description, for lists.
    public func teaser(_ limit: Int = 180) -> String {
        let flat = split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }
}
