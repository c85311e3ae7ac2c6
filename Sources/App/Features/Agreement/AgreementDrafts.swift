import Foundation

/// The starting drafts (Resources/Agreement/draft-texts.json), with what the municipality file
/// knows filled in: {municipality}, {coordinator}, {email} and {principles} as the file names
/// them. Nothing in them is Örebro's; what only the municipality can say is left as [a fill-in
/// place], and a text with one left cannot be published.
enum AgreementDrafts {
    static func texts(for config: MunicipalityConfig) throws -> [AgreementTextSeed.Text] {
        let coordinator = config.departments.first { $0.coordinator == true }?.name ?? config.name
        let common = ["municipality": config.name, "coordinator": coordinator, "email": config.contact.email,
                      "principleCount": String(config.principles.count)]
        let swedish = common.merging(["principles": sections(config.principles.map { ($0.name, $0.summary) })]) { $1 }
        let english = common.merging(["principles": sections(config.principles.map { ($0.nameEn, $0.summaryEn) })]) { $1 }
        return try AgreementTextSeed.load("draft-texts", in: "Resources/Agreement").map { text in
            var filled = text
            filled.titleSv = fill(text.titleSv, swedish)
            filled.bodySv = fill(text.bodySv, swedish)
            filled.easyReadSv = fill(text.easyReadSv, swedish)
            filled.titleEn = fill(text.titleEn, english)
            filled.bodyEn = fill(text.bodyEn, english)
            return filled
        }
    }

    /// One heading and paragraph per principle, in the file's order.
    static func sections(_ principles: [(name: String, summary: String)]) -> String {
        principles.map { "## \($0.name)\n\($0.summary)" }.joined(separator: "\n\n")
    }

    static func fill(_ template: String, _ values: [String: String]) -> String {
        values.reduce(template) { text, value in text.replacingOccurrences(of: "{\(value.key)}", with: value.value) }
    }
}
