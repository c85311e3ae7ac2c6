import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Answers to consultations: who may answer as whom, saving and submitting, and the list
/// that becomes public once the consultation closes.
enum ResponseStore {
    /// The ways the signed-in person can answer: for each association they represent (invited ones
    /// first), then for themselves.
    static func choices(_ req: Request, consultationID: UUID) async throws -> [ResponseFormPage.Choice] {
        let user = try req.requireUser()
        let associations = try await AssociationStore.represented(req)
        let ids = associations.map { $0.id! }
        let invited = ids.isEmpty ? Set<UUID>() : Set(try await ConsultationInvitation.query(on: req.db)
            .filter(\.$consultation.$id == consultationID).filter(\.$association.$id ~~ ids).all().map { $0.$association.id })
        let forAssociations = associations.map { ResponseFormPage.Choice(value: $0.id!.uuidString.lowercased(), label: $0.name, invited: invited.contains($0.id!)) }
        return forAssociations.filter(\.invited) + forAssociations.filter { !$0.invited }
            + [ResponseFormPage.Choice(value: Respondent.person(user.id!).choice, label: Wording(req.language).t("responses.myself", ["name": user.displayName]))]
    }

    static func find(_ consultationID: UUID, _ respondent: Respondent, on db: any Database) async throws -> ConsultationResponse? {
        try await ConsultationResponse.query(on: db).filter(\.$consultation.$id == consultationID)
            .filter(\.$respondentKey == respondent.key).first()
    }

    /// Saves a draft or submits, in one audited change. Two submits racing for the same
    /// association meet the unique index; the loser runs again and becomes the next version.
    static func save(_ req: Request, consultation: Consultation, respondent: Respondent, name: String,
                     text: ResponseDraft, intent: ResponseDraft.Intent, receipt: MailText) async throws {
        let user = try req.requireUser()
        let consultationID = consultation.id!
        let dates = consultation.dates
        let caseNumber = consultation.caseNumber
        var attempt = 0
        while true {
            do {
                try await req.change { change in
                    guard dates.acceptsResponses(at: change.now) else { throw ResponseClosed() }
                    let response = try await find(consultationID, respondent, on: change.db)
                        ?? ConsultationResponse(consultationID: consultationID, respondent: respondent, authorID: user.id!, publicName: name)
                    response.$author.id = user.id!
                    response.publicName = name
                    switch intent {
                    case .draft:
                        response.draftAnswers = text.encoded
                        response.draftComment = text.comment
                        response.draftSavedAt = change.now
                    case .submit:
                        response.answers = text.encoded
                        response.comment = text.comment
                        response.version += 1
                        response.submittedAt = change.now
                        response.draftAnswers = nil
                        response.draftComment = nil
                        response.draftSavedAt = nil
                    }
                    try await response.save(on: change.db)
                    if intent == .submit {
                        try await ConsultationResponseVersion(of: response, at: change.now).create(on: change.db)
                        try await change.mail(to: user.email, name: user.displayName, subject: receipt.subject, body: receipt.body)
                    }
                    try await change.audit(intent == .submit ? "consultation.response.submit" : "consultation.response.draft",
                                           "consultation_response", response.id!.uuidString,
                                           "\(caseNumber) – \(name) – version \(response.version)")
                }
                return
            } catch let error as any DatabaseError where error.isConstraintFailure && attempt < 2 {
                attempt += 1 // another submit for the same respondent created the row first
            }
        }
    }

    /// The submitted answers as the consultation page lists them, oldest first.
    static func list(_ consultation: Consultation, page: Domain.PageRequest, on db: any Database) async throws -> Paged<ResponseList.Item> {
        let query = ConsultationResponse.query(on: db).filter(\.$consultation.$id == consultation.id!).filter(\.$submittedAt != nil)
        let total = try await query.count()
        let rows = try await query.sort(\.$submittedAt).sort(\.$id).range(page.offset..<(page.offset + page.size)).all()
        return Paged(items: rows.map { row in
            ResponseList.Item(name: row.publicName, isAssociation: row.$association.id != nil || row.respondentKey.hasPrefix("a:"),
                              submittedAt: row.submittedAt!, version: row.version, answers: row.submitted.answers, comment: row.comment)
        }, page: page, total: total)
    }

    /// The consultations these associations are invited to and can still answer, soonest closing first.
    static func openInvitations(for associations: [Association], now: Date, on db: any Database) async throws -> [MyAssociationsPage.Invitation] {
        guard !associations.isEmpty else { return [] }
        let names = Dictionary(uniqueKeysWithValues: associations.map { ($0.id!, $0.name) })
        let invitations = try await ConsultationInvitation.query(on: db).filter(\.$association.$id ~~ Array(names.keys))
            .join(Consultation.self, on: \ConsultationInvitation.$consultation.$id == \Consultation.$id)
            .filter(Consultation.self, \.$closesAt > now).filter(Consultation.self, \.$announcedOn <= now)
            .sort(Consultation.self, \.$closesAt).limit(50).all()
        let consultations = try invitations.map { try $0.joined(Consultation.self) }
        let summaries = try await ConsultationStore.summaries(consultations, now: now, on: db)
        return zip(invitations, summaries).map { invitation, summary in
            MyAssociationsPage.Invitation(association: names[invitation.$association.id] ?? "",
                                          associationID: invitation.$association.id.uuidString.lowercased(), consultation: summary)
        }
    }

    /// Submitted answers per consultation, for lists and the API.
    static func counts(_ ids: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select()
            .column("consultation_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(ConsultationResponse.schema)
            .where("consultation_id", .in, ids).where("submitted_at", .isNot, SQLLiteral.null)
            .groupBy("consultation_id").all()
        var counts: [UUID: Int] = [:]
        for row in rows { counts[try row.decode(column: "consultation_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self) }
        return counts
    }
}

/// The consultation stopped taking answers between the form being shown and sent.
struct ResponseClosed: Error {}
