import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Answers to consultations: who may answer as whom, saving and submitting, and the list
/// that becomes public once the consultation closes.
enum ResponseStore {
    /// The ways the signed-in person can answer: for each verified association they represent
    /// (invited ones first) — only verified associations speak as associations — then for themselves.
    static func choices(_ req: Request, consultationID: UUID) async throws -> [ResponseFormPage.Choice] {
        let user = try req.requireUser()
        let associations = try await AssociationStore.represented(req).filter { $0.status == .verified }
        let ids = associations.map { $0.id! }
        let invited = ids.isEmpty ? Set<UUID>() : Set(try await ConsultationInvitation.query(on: req.db)
            .filter(\.$consultation.$id == consultationID).filter(\.$association.$id ~~ ids).all().map { $0.$association.id })
        let forAssociations = associations.map {
            ResponseFormPage.Choice(value: Respondent.association($0.typedID).choice, label: $0.name, invited: invited.contains($0.id!))
        }
        return forAssociations.filter(\.invited) + forAssociations.filter { !$0.invited }
            + [ResponseFormPage.Choice(value: Respondent.person(user.typedID).choice, label: Wording(req.language).t("responses.myself", ["name": user.displayName]))]
    }

    static func find(_ consultationID: UUID, _ respondent: Respondent, on db: any Database) async throws -> ConsultationResponse? {
        try await ConsultationResponse.query(on: db).filter(\.$consultation.$id == consultationID)
            .filter(\.$respondentKey == respondent.key).first()
    }

    /// Saves a draft or submits, in one audited change, as `ResponseRules` decides on the
    /// consultation (locked, so answers to it take turns) and the answer as they are now.
    static func save(_ req: Request, _ intent: ResponseDraft.Intent, _ text: ResponseDraft, questions: Int, to consultationID: UUID,
                     as respondent: Respondent, name: String, receipt: @escaping @Sendable (ResponseDraft) -> MailText) async throws {
        let user = try req.requireUser()
        let actor = req.actor
        try await req.change { change in
            guard try await Consultation.lock(consultationID, on: change.db),
                  let consultation = try await Consultation.find(consultationID, on: change.db) else { throw Abort(.notFound) }
            let existing = try await find(consultationID, respondent, on: change.db)
            var status: AssociationStatus?
            if case .association(let id) = respondent { status = try await Association.find(id.uuid, on: change.db)?.status }
            let outcome = try ResponseRules.decide(intent, text, questions: questions, as: respondent, respondentStatus: status, by: actor,
                                                   dates: consultation.dates, existing: existing.map { ResponseState(version: $0.version) },
                                                   now: change.now).get()
            let response = existing
                ?? ConsultationResponse(consultationID: consultationID, respondent: respondent, authorID: user.id!, publicName: name)
            response.$author.id = user.id!
            response.publicName = name
            switch outcome {
            case .draft(let checked):
                response.draftAnswers = checked.encoded
                response.draftComment = checked.comment
                response.draftSavedAt = change.now
            case .submit(let checked, let version):
                response.answers = checked.encoded
                response.comment = checked.comment
                response.version = version
                response.submittedAt = change.now
                response.draftAnswers = nil
                response.draftComment = nil
                response.draftSavedAt = nil
            }
            try await response.save(on: change.db)
            if case .submit(let checked, _) = outcome {
                try await ConsultationResponseVersion(of: response, at: change.now).create(on: change.db)
                let mail = receipt(checked)
                try await change.mail(to: user.email, name: user.displayName, subject: mail.subject, body: mail.body)
            }
            // A draft is seen by its writer alone; a submitted answer is on the consultation's page.
            try await change.audit(intent == .submit ? "consultation.response.submit" : "consultation.response.draft",
                                   "consultation_response", response.id!.uuidString,
                                   "\(consultation.caseNumber) – \(name) – version \(response.version)",
                                   touching: intent == .submit ? nil : .areas(.unpublished))
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
        let responses = consultations.isEmpty ? [] : try await ConsultationResponse.query(on: db)
            .filter(\.$consultation.$id ~~ consultations.compactMap(\.id)).filter(\.$association.$id ~~ Array(names.keys)).all()
        return zip(invitations, summaries).map { invitation, summary in
            let response = responses.first { $0.$consultation.id == invitation.$consultation.id && $0.$association.id == invitation.$association.id }
            let progress: MyAssociationsPage.Invitation.Progress = response?.submittedAt != nil ? .answered
                : response?.draftSavedAt != nil ? .draftSaved : .notStarted
            return MyAssociationsPage.Invitation(association: names[invitation.$association.id] ?? "",
                                                 associationID: AssociationID(invitation.$association.id).description, consultation: summary,
                                                 progress: progress)
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
