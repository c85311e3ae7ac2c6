import Vapor
import Domain
import Views

/// `samverka import associations FILE.csv [--dry-run] [--verified]`: the same import as the
/// admin's upload page, with a progress bar on a terminal and the report on standard output.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kind", help: "What the file holds: associations")
        var kind: String
        @Argument(name: "file", help: "A CSV file (',' or ';', UTF-8 or Windows-1252) with at least a name column.")
        var file: String
        @Flag(name: "dry-run", help: "Show what would happen without changing anything.")
        var dryRun: Bool
        @Flag(name: "verified", help: "Publish the imported associations at once instead of queueing them for staff.")
        var verified: Bool
        init() {}
    }

    var help: String { "Imports an association register from CSV; re-importing the same file changes nothing." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.kind == "associations" else {
            context.console.error("Only 'associations' can be imported.")
            throw ExitCode(2)
        }
        let url = URL(fileURLWithPath: signature.file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            context.console.error("Cannot read \(url.path).")
            throw ExitCode(2)
        }
        let app = context.application
        try await prepareDatabase(app)
        let importer = AssociationImporter(app: app, catalog: .en, actor: .anonymous, actorLabel: "import command")
        let options = AssociationImporter.Options(dryRun: signature.dryRun, verified: signature.verified, fileName: url.lastPathComponent)
        let onTerminal = isatty(STDOUT_FILENO) == 1
        let report: AssociationImporter.Report
        do {
            report = try await importer.run(data, options) { done, total in
                guard onTerminal, total > 0 else { return }
                let width = 30, filled = width * done / total
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                FileHandle.standardOutput.write(Data("\r\(bar) \(done)/\(total)".utf8))
                if done == total { FileHandle.standardOutput.write(Data("\n".utf8)) }
            }
        } catch let refusal as AssociationImporter.Refusal {
            context.console.error("Refused, nothing was written: " + Wording(.en).t(refusal.messageKey, refusal.values))
            throw ExitCode(1)
        }
        context.console.print("Read \(url.lastPathComponent) as \(report.encoding), separated by '\(report.separator == "\t" ? "tab" : String(report.separator))'.")
        if !report.unknownColumns.isEmpty {
            context.console.print("Columns not imported: \(report.unknownColumns.joined(separator: ", "))")
        }
        for line in report.lines {
            context.console.print("row \(line.row): \(line.outcome.rawValue): \(line.message)")
        }
        if !report.unmapped.isEmpty {
            context.console.print("Words no map covers (say what each means at the address, then import again):")
            for word in report.unmapped {
                let link = app.baseAddress
                    + SiteURL.admin(.registerWord(.value(word.kind.pathSegment))).path(query: [("ord", word.word)])
                context.console.print("  \(word.kind.rawValue) \"\(word.word)\": \(word.rows) row\(word.rows == 1 ? "" : "s"): \(link)")
            }
        }
        if signature.dryRun { context.console.print("Dry run: nothing was changed.") }
        context.console.print(report.summary)
    }
}
