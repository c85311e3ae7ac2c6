import Vapor
import Fluent
import Domain
import Views

/// One association's cooperation with the whole municipality, for staff of every department
/// (G3, N24): projects, calls and consultations answered, inquiries — another department's as
/// subject and department only — and the highest step on the ladder reached (N23). For anyone
/// else the page does not exist.
struct CooperationHistoryController {
    func register(_ routes: any RoutesBuilder) {
        // Everyone reaches the handler, which answers "not found" to all but staff (see `CooperationHistory.mayRead`).
        routes.get(.staff(.history(.key)), .everyone, use: show)
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        guard CooperationHistory.mayRead(req.actor) else { throw Abort(.notFound) }
        guard let slug = req.parameters.get("slug"), let association = try await Association.query(on: req.db).filter(\.$slug == slug).first()
        else { throw Abort(.notFound) }
        let id = association.id!
        var filter = ProjectStore.Filter()
        filter.association = association.typedID
        let projects = try await ProjectStore.query(filter, on: req.db).limit(100).all()
        let answers = try await CallAnswer.query(on: req.db).filter(\.$association.$id == id).with(\.$call) { $0.with(\.$department) }
            .sort(\.$createdAt, .descending).limit(100).all()
        let responses = try await ConsultationResponse.query(on: req.db).filter(\.$association.$id == id).filter(\.$submittedAt != nil)
            .with(\.$consultation) { $0.with(\.$department) }.limit(100).all()
        let inquiries = try await Inquiry.query(on: req.db).filter(\.$associationID == id).with(\.$department)
            .sort(\.$receivedAt, .descending).limit(100).all()
        let words = Wording(req.language)
        let own = req.actor.departmentID?.uuid
        // A project counts once it went ahead: an idea or a cancelled one reached no step.
        var events: [(step: LadderStep, at: Date)] = projects.filter { ![.idea, .cancelled].contains($0.status) }
            .map { ($0.ladder, $0.createdAt ?? req.now) }
        events += responses.compactMap { $0.submittedAt.map { (LadderStep.consultation, $0) } }
        events += inquiries.map { (LadderStep.information, $0.receivedAt) }
        let page = CooperationHistoryPage(
            name: association.name, slug: association.slug, reached: CooperationHistory.highest(events),
            projects: try await ProjectStore.summaries(projects, on: req.db),
            calls: answers.map { answer in
                .init(title: answer.call.title, detail: "\(answer.call.department.name) · \(words.t("calls.answerStatus.\(answer.status.rawValue)"))",
                      at: answer.createdAt, link: SiteURL.calls(.show(.value(answer.call.slug))).path)
            },
            consultations: responses.sorted { ($0.submittedAt ?? req.now) > ($1.submittedAt ?? req.now) }.map { response in
                .init(title: response.consultation.title, detail: response.consultation.department.name, at: response.submittedAt ?? req.now,
                      link: SiteURL.consultations(.show(.value(response.consultation.slug))).path)
            },
            // Another department's inquiry: what it was about and who had it, never its text.
            inquiries: inquiries.map { inquiry in
                .init(title: words.topic(inquiry.topic), detail: inquiry.department.name, at: inquiry.receivedAt,
                      link: inquiry.$department.id == own ? SiteURL.staff(.inquiry(.value(inquiry.reference))).path : nil)
            })
        return req.html(page.render(try await req.page()))
    }
}
