import Vapor
import Domain
import Views

/// The admin's upload page for association registers; runs the same importer as the command line.
struct ImportController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.importAssociations), .permission(.importAssociations), use: form)
        routes.post(.admin(.importAssociations), .permission(.importAssociations), use: upload)
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        req.html(ImportPage(form: FormState(values: ["dryRun": "on"])).render(try await req.page()))
    }

    struct Input: Content {
        var file: File?
        var dryRun: String?
        var verified: String?
    }

    @Sendable func upload(_ req: Request) async throws -> Response {
        let input = try req.content.decode(Input.self)
        let values = ["dryRun": input.dryRun ?? "", "verified": input.verified ?? ""]
        func refuse(_ key: String, _ extra: [String: String] = [:]) async throws -> Response {
            let page = ImportPage(form: FormState(values: values, errors: [FieldError("file", key, extra)]))
            return req.html(page.render(try await req.page()), status: .unprocessableEntity)
        }
        guard let file = input.file, !file.filename.isEmpty else { return try await refuse("import.refused.noFile") }
        guard file.data.readableBytes > 0 else { return try await refuse("import.refused.empty") }
        let user = try req.requireUser()
        let importer = AssociationImporter(app: req.application, catalog: Catalog.of(req.language), actor: req.actor,
                                           actorLabel: "\(user.displayName) <\(user.email)>")
        let name = String(file.filename.split(separator: "/").last ?? "upload.csv").prefix(100)
        let options = AssociationImporter.Options(dryRun: input.dryRun == "on", verified: input.verified == "on", fileName: String(name))
        do {
            let report = try await importer.run(Data(buffer: file.data), options)
            let lines = report.lines.map { ImportPage.Report.Line(row: $0.row, outcome: $0.outcome.rawValue, message: $0.message) }
            let page = ImportPage(form: FormState(values: values),
                                  report: ImportPage.Report(fileName: String(name), dryRun: options.dryRun, summary: report.summary, lines: lines,
                                                            unmapped: report.unmapped))
            return req.html(page.render(try await req.page()))
        } catch let refusal as AssociationImporter.Refusal {
            return try await refuse(refusal.messageKey, refusal.values)
        }
    }
}
