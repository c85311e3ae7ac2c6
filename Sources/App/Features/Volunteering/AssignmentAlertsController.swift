import Vapor
import Fluent
import Domain
import Views

/// Mail about new assignments without an account: asked for here, started by the link in the
/// first mail (a form, so a mail scanner following links starts nothing), stopped by the link in
/// every notice. A new assignment mails everyone whose districts and groups it matches.
struct AssignmentAlertsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.volunteering(.alerts), .everyone, use: form)
        routes.post(.volunteering(.alerts), .everyone, use: ask)
        routes.get(.volunteering(.alert(.key)), .everyone, use: show)
        routes.post(.volunteering(.alert(.key)), .everyone, use: decide)
    }

    private func render(_ req: Request, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = AlertFormPage(form: form, districts: try await EventsController.districtOptions(req))
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func form(_ req: Request) async throws -> Response { try await render(req, FormState()) }

    /// Stores the alert unconfirmed and mails the link that starts it; limited per client and per address.
    @Sendable func ask(_ req: Request) async throws -> Response {
        let known = Set(try await District.query(on: req.db).all().map(\.typedID))
        let client = req.clientAddress, app = req.application
        return try await req.answerForm(render: { form, status in try await render(req, form, status: status) }, perform: { fields in
            let draft = try AssignmentAlertDraft.read(fields, knownDistricts: known).get()
            try await req.change { change in
                try await change.take(.assignmentAlertsFromClient, for: client)
                let alert = AssignmentAlert(draft, token: SecureToken.make(), at: change.now)
                try await alert.create(on: change.db)
                let mail = MailText.compose(.sv, "volunteer.alertConfirm", [
                    "link": app.baseAddress + SiteURL.volunteering(.alert(.value(alert.token))).path, "service": app.siteFacts.serviceName,
                ])
                try await change.limitedMail(to: draft.email.value, name: nil, subject: mail.subject, body: mail.body)
                try await change.audit("volunteering.alertAsk", "assignment_alert", alert.id!.uuidString, "\(draft.districts.count) districts")
            }
            return SiteURL.volunteering(.alerts).path(query: [("notice", "alertPending")])
        })
    }

    private func page(_ req: Request, _ alert: AssignmentAlert, stopped: Bool = false) async throws -> Response {
        let draft = alert.draft
        let ids = draft?.districts.map(\.uuid) ?? []
        let names = ids.isEmpty ? [] : try await District.query(on: req.db).filter(\.$id ~~ ids).sort(\.$name).all().map(\.name)
        let page = AlertPage(token: alert.token, email: alert.email, districts: names, groups: draft?.groups ?? [],
                             isConfirmed: alert.confirmedAt != nil, isStopped: stopped)
        return req.html(page.render(try await req.page(forms: !stopped)))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        try await page(req, try await AssignmentAlert.find(token: req.parameters.get("token"), on: req.db))
    }

    /// Starts the alert (replacing the address's earlier ones), or stops it.
    @Sendable func decide(_ req: Request) async throws -> Response {
        let alert = try await AssignmentAlert.find(token: req.parameters.get("token"), on: req.db)
        let id = alert.id!, stop = req.formFields["intent"] == "stop"
        try await req.change { change in try await AssignmentAlert.decide(id, stop: stop, in: change) }
        if stop { return try await page(req, alert, stopped: true) }
        return req.seeOther(SiteURL.volunteering(.alert(.value(alert.token))).path(query: [("notice", "alertStarted")]))
    }

    /// Mails everyone whose alert matches a new assignment, inside the change that publishes it.
    static func notify(_ assignment: VolunteerAssignment, _ draft: AssignmentDraft, app: Application, in change: Change) async throws {
        let alerts = try await AssignmentAlert.query(on: change.db).filter(\.$confirmedAt != nil).limit(50_000).all()
        let matching = alerts.filter { $0.draft?.matches(districts: draft.districts, remote: draft.remote, group: draft.targetGroup) == true }
        guard !matching.isEmpty else { return }
        let base = app.baseAddress, link = base + SiteURL.volunteering(.show(.value(assignment.slug))).path
        try await change.mail(batch: matching.map { alert in
            let mail = MailText.compose(.sv, "volunteer.alert", [
                "title": assignment.title, "summary": draft.easyRead, "link": link, "service": app.siteFacts.serviceName,
                "stop": base + SiteURL.volunteering(.alert(.value(alert.token))).path,
            ])
            return (alert.email, nil, mail.subject, mail.body)
        })
    }
}
