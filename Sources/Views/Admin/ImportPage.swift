import Plot
import Domain

/// Upload an association register (CSV) and read the honest report of what happened to each row.
public struct ImportPage: Sendable {
    public struct Report: Sendable, Hashable {
        public struct Line: Sendable, Hashable {
            public var row: Int
            public var outcome: String
            public var message: String

            public init(row: Int, outcome: String, message: String) {
                self.row = row
                self.outcome = outcome
                self.message = message
            }
        }

        public var fileName: String
        public var dryRun: Bool
        public var summary: String
        public var lines: [Line]
        /// Words of the lists that nothing maps yet, with a way to map each.
        public var unmapped: [UnmappedWord]

        public init(fileName: String, dryRun: Bool, summary: String, lines: [Line], unmapped: [UnmappedWord] = []) {
            self.fileName = fileName
            self.dryRun = dryRun
            self.summary = summary
            self.lines = lines
            self.unmapped = unmapped
        }
    }

    public var form: FormState
    public var report: Report?

    public init(form: FormState = FormState(), report: Report? = nil) {
        self.form = form
        self.report = report
    }

    public static let mock = ImportPage(report: Report(fileName: "register.csv", dryRun: true,
                                                       summary: "created 2, updated 0, unchanged 1, skipped 1",
                                                       lines: [Report.Line(row: 4, outcome: "skipped", message: "The name is empty.")],
                                                       unmapped: [UnmappedWord(kind: .category, word: "Idrottsförening – fotboll", rows: 2)]))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.import.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.import.title"))),
            .unwrap(report) { report in
                .section(
                    .class("import-report"), .attr("aria-labelledby", "report-heading"),
                    .h2(.id("report-heading"), .safe(context.t(report.dryRun ? "admin.import.reportDryRun" : "admin.import.report",
                                                               ["file": report.fileName]))),
                    .p(.strong(.safe(report.summary))),
                    DataTable.render(
                        caption: context.t("admin.import.rowsCaption"),
                        headers: [context.t("admin.import.row"), context.t("admin.import.outcome"), context.t("admin.import.message")],
                        rows: report.lines.map { [.safe(String($0.row)), .safe(context.t("import.outcome.\($0.outcome)")), .safe($0.message)] },
                        emptyText: context.t("admin.import.noProblems")),
                    .if(!report.unmapped.isEmpty, unmappedWords(report.unmapped, context))
                )
            },
            .p(.safe(context.t("admin.import.lead"))),
            .p(.a(.href(SiteURL.admin(.registerWords).path), .safe(context.t("admin.words.title"))),
               .safe(" " + context.t("admin.import.wordsLead"))),
            // What a file may contain, here rather than in a README users do not have.
            .details(
                .summary(.safe(context.t("admin.import.columnsTitle"))),
                .p(.safe(context.t("admin.import.columnsLead"))),
                .ul(.forEach(AssociationImportColumn.allCases) { column in
                    .li(.strong(.safe(AssociationImportColumn.headerNames[column]![0])),
                        .safe(" – " + context.t("admin.import.column.\(column.rawValue)")))
                }),
                .p(.code(.safe(AssociationImportColumn.allCases.map { AssociationImportColumn.headerNames[$0]![0] }.joined(separator: ";"))))
            ),
            Form.post(
                context, action: SiteURL.admin(.importAssociations).path, multipart: true,
                Form.errorSummary(context, form),
                .div(
                    .class(form.error("file") == nil ? "field" : "field field--error"),
                    .label(.for(Form.fieldID("file")), .safe(context.t("admin.import.file"))),
                    .div(.class("hint"), .id("field-file-hint"), .safe(context.t("admin.import.fileHint"))),
                    .unwrap(form.error("file")) { Form.errorMessage(context, id: Form.fieldID("file"), $0) },
                    .selfClosedElement(named: "input", attributes: [
                        .attribute(named: "type", value: "file"), .attribute(named: "name", value: "file"),
                        .attribute(named: "id", value: Form.fieldID("file")), .attribute(named: "accept", value: ".csv,text/csv"),
                        .attribute(named: "aria-describedby", value: "field-file-hint"),
                    ] as [Attribute<HTML.InputContext>])
                ),
                Form.checkbox(form, name: "dryRun", label: context.t("admin.import.dryRun"), hint: context.t("admin.import.dryRunHint")),
                Form.checkbox(form, name: "verified", label: context.t("admin.import.verified"), hint: context.t("admin.import.verifiedHint")),
                Form.submit(context.t("admin.import.submit"))
            )
        )
    }

    /// Each word with the rows that carried it and the way to say what it means.
    func unmappedWords(_ words: [UnmappedWord], _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h3(.safe(context.t("admin.import.unmappedTitle"))),
            .p(.safe(context.t("admin.import.unmappedLead"))),
            DataTable.render(
                caption: context.t("admin.import.unmappedCaption"),
                headers: [context.t("admin.words.word"), context.t("admin.words.kind"), context.t("admin.import.rows"), context.t("admin.import.map")],
                rows: words.map { word in [
                    .safe(word.word),
                    .safe(context.t("admin.words.kind.\(word.kind.rawValue)")),
                    .safe(context.words.number(word.rows)),
                    .a(.href(SiteURL.admin(.registerWord(.value(word.kind.pathSegment))).path(query: [("ord", word.word)])),
                       .safe(context.t("admin.import.mapWord", ["word": word.word]))),
                ] },
                emptyText: "")
        )
    }
}
