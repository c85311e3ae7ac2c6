/// An agreement text as the admin writes it, in Swedish, easy-to-read Swedish and English,
/// and whether to publish it; a text with fill-in places left is not published.
public struct AgreementTextDraft: Sendable, Equatable {
    public static let fieldNames = ["titleSv", "bodySv", "easyReadSv", "titleEn", "bodyEn"]

    public var titleSv: String
    public var bodySv: String
    public var easyReadSv: String
    public var titleEn: String
    public var bodyEn: String
    public var publish: Bool

    public static func read(_ form: FormFields) -> Result<AgreementTextDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(form["titleSv"], "titleSv", max: 200)
        checks.require(form["bodySv"], "bodySv", max: 20_000)
        checks.limit(form["easyReadSv"], "easyReadSv", max: 10_000)
        checks.limit(form["titleEn"], "titleEn", max: 200)
        checks.limit(form["bodyEn"], "bodyEn", max: 20_000)
        let publish = form["published"] == "on"
        if publish {
            for problem in AgreementPublication.publishProblems(fields: fieldNames.map { ($0, form[$0]) }) {
                checks.add(problem.field, problem.messageKey, problem.values)
            }
        }
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(AgreementTextDraft(
            titleSv: form["titleSv"].trimmingWhitespace(), bodySv: form["bodySv"].trimmingWhitespace(),
            easyReadSv: form["easyReadSv"].trimmingWhitespace(), titleEn: form["titleEn"].trimmingWhitespace(),
            bodyEn: form["bodyEn"].trimmingWhitespace(), publish: publish))
    }
}
