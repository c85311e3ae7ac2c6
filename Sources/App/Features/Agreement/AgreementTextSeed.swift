import Vapor
import Fluent

/// The agreement pages a new installation starts with, read from a resource file: the Örebro
/// demo gets its full texts, published; any other municipality gets drafts to adapt and publish.
enum AgreementTextSeed {
    struct Text: Codable {
        var slug: String
        var titleSv: String
        var bodySv: String
        var easyReadSv: String
        var titleEn: String
        var bodyEn: String
    }

    static func load(_ name: String, in folder: String) throws -> [Text] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: folder) else {
            throw ConfigProblem(message: "\(folder)/\(name).json is missing from the app's resources")
        }
        return try JSONDecoder().decode([Text].self, from: Data(contentsOf: url))
    }

    /// The built-in municipality's (Örebro's) texts, published as they are.
    package static func builtIn() throws -> [Text] {
        try load("agreement-texts", in: "Resources/Demo")
    }

    static func seed(_ config: MunicipalityConfig, demo: Bool, in change: Change) async throws {
        let texts = demo ? try builtIn() : try AgreementDrafts.texts(for: config)
        for (index, text) in texts.enumerated() {
            try await AgreementText(slug: text.slug, position: index, titleSv: text.titleSv, bodySv: text.bodySv,
                                    easyReadSv: text.easyReadSv, titleEn: text.titleEn, bodyEn: text.bodyEn,
                                    publishedAt: demo ? change.now : nil)
                .create(on: change.db)
        }
        try await change.audit("agreement.text.seed", "agreement_text", "all", demo ? "demo texts, published" : "drafts, not published")
    }
}
