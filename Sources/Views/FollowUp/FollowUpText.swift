import Domain

/// The follow-up's words and numbers as a reader sees them: a row's label from the catalogue
/// or the data, and each value as its language writes it ("42 %", "3,5", "36 535", "–").
public enum FollowUpText {
    public static func label(_ label: FollowUpTable.Label, _ catalog: Catalog) -> String {
        switch label {
        case .term(let key): return catalog.text(key)
        case .name(let name): return name
        }
    }

    public static func value(_ value: FollowUpTable.Value, _ words: Wording) -> String {
        switch value {
        case .count(let count): return words.number(count)
        case .share(let share): return share.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"
        case .measure(let measure):
            guard let measure else { return "–" }
            // Up to two decimals: a median of 3,5 days, an average grade of 4,17, a Gini index of 0,43.
            let text = FollowUpTable.Value.measure(measure).csv
            return words.language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
        }
    }

    static func title(_ section: FollowUpTable.Section, _ context: PageContext) -> String {
        context.t("followUp.section.\(section.rawValue).title")
    }

    static func column(_ key: String, _ context: PageContext) -> String {
        context.t("followUp.column.\(key)")
    }
}
