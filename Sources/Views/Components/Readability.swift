import Plot
import Domain

/// Tells a writer how easy their text is to read (LIX), in words as well as the number.
public enum Readability {
    public static func summary(_ context: PageContext, _ lix: Lix) -> Node<HTML.BodyContext> {
        guard let value = lix.rounded, let level = lix.level else { return .empty }
        return .div(
            .class("readability readability--\(level.rawValue)"), .attribute(named: "role", value: "status"),
            .p(.strong(.safe(context.t("readability.lix", ["value": String(value)]))), .safe(" "),
               .safe(context.t("readability.level.\(level.rawValue)"))),
            .p(.class("hint"), .safe(context.t("readability.advice")))
        )
    }
}
