import Plot
import Domain
import Foundation

/// The answers that came in, shown on the consultation page once they are public records
/// (and to the responsible department as they arrive), a page at a time.
public struct ResponseList: Sendable {
    public struct Item: Sendable, Hashable {
        public var name: String
        public var isAssociation: Bool
        public var submittedAt: Date
        public var version: Int
        public var answers: [String]
        public var comment: String

        public init(name: String, isAssociation: Bool, submittedAt: Date, version: Int, answers: [String], comment: String) {
            self.name = name
            self.isAssociation = isAssociation
            self.submittedAt = submittedAt
            self.version = version
            self.answers = answers
            self.comment = comment
        }
    }

    public var items: Paged<Item>
    public var questions: [String]
    public var invited: [String]
    /// Answers exist but are not public yet: only their number is shown.
    public var hidden: Bool

    public init(items: Paged<Item>, questions: [String], invited: [String], hidden: Bool) {
        self.items = items
        self.questions = questions
        self.invited = invited
        self.hidden = hidden
    }

    public static let mock = ResponseList(
        items: Paged(items: [Item(name: "Bettorps skytteförening", isAssociation: true, submittedAt: Date(timeIntervalSince1970: 1_794_812_400),
                                  version: 2, answers: ["Vi behöver skyddsavstånd."], comment: "")],
                     page: PageRequest(number: 1), total: 1),
        questions: ["Hur påverkas er verksamhet?"], invited: ["Bettorps skytteförening"], hidden: false)

    public func render(_ context: PageContext, basePath: String) -> Node<HTML.BodyContext> {
        .group(
            .if(!invited.isEmpty, .group(
                .h2(.safe(context.t("responses.invitedHeading"))),
                .p(.safe(context.t("responses.invitedLead"))),
                .ul(.forEach(invited) { .li(.safe($0)) })
            )),
            .section(
                .attr("aria-labelledby", "responses-heading"),
                .h2(.id("responses-heading"), .safe(context.t("responses.heading", ["count": context.words.total(items)]))),
                .if(hidden, .p(.safe(context.t("responses.publicAfterClosing")))),
                .if(!hidden, .group(
                    .forEach(items.items) { item in
                        .article(
                            .class("response"),
                            .h3(.safe(item.name)),
                            .p(.class("hint"), .safe(context.t(item.isAssociation ? "responses.fromAssociation" : "responses.fromPerson") + " · "
                                                     + context.t("responses.sentOn", ["date": context.words.date(item.submittedAt)])
                                                     + (item.version > 1 ? " · " + context.t("responses.changed", ["count": context.words.number(item.version - 1)]) : ""))),
                            .dl(.forEach(Array(item.answers.enumerated()).filter { !$0.element.isEmpty }) { index, answer in
                                .group(.dt(.safe(index < questions.count ? questions[index] : "")), .dd(.safe(answer)))
                            }, .if(!item.comment.isEmpty, .group(.dt(.safe(context.t("responses.comment"))), .dd(.safe(item.comment)))))
                        )
                    },
                    Pagination.nav(context, items, path: basePath)
                ))
            )
        )
    }
}
