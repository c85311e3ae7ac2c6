import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// The action plan for everyone: the actions whose period covers a year, with how many stand
/// where, and one action with its dated progress. The coordinator writes the actions
/// (`ActionPlanController+Forms`); owners report progress on the action's page.
struct ActionPlanController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.council(.actionPlan), .everyone, use: list)
        routes.get(.council(.newAction), .signedIn, use: newForm)
        routes.post(.council(.newAction), .signedIn, use: create)
        routes.get(.council(.action(.key)), .everyone, use: show)
        routes.post(.council(.action(.key)), .signedIn, use: report)
        routes.get(.council(.editAction(.key)), .signedIn, use: editForm)
        routes.post(.council(.editAction(.key)), .signedIn, use: update)
    }

    /// Actions whose period covers the year.
    static func covering(_ year: Int, on db: any Database) -> QueryBuilder<PlanAction> {
        PlanAction.query(on: db).filter(\.$firstYear <= year).filter(\.$lastYear >= year)
    }

    /// Where each action stood at the end of `day`, from its dated progress (`ActionPlanRules.status`):
    /// the list of a past year and the follow-up read the same.
    static func statuses(_ actions: [PlanAction], on day: CalendarDay, db: any Database) async throws -> [UUID: ActionStatus] {
        let ids = actions.compactMap(\.id)
        let lines = ids.isEmpty ? [] : try await ActionProgress.query(on: db).filter(\.$action.$id ~~ ids).filter(\.$day <= day.description)
            .sort(\.$createdAt).all()
        let byAction = Dictionary(grouping: lines, by: { $0.$action.id })
        return Dictionary(uniqueKeysWithValues: ids.map { id in
            (id, ActionPlanRules.status(on: day, progress: (byAction[id] ?? []).map { ($0.calendarDay, $0.status) }))
        })
    }

    /// What a list or page says of an action: owner and principle by name, in the reader's language;
    /// its status as given (the list of a past year gives the year's end), or its latest.
    static func rows(_ actions: [PlanAction], _ req: Request, statuses: [UUID: ActionStatus] = [:]) async throws -> [ActionRow] {
        let departments = Set(actions.compactMap { $0.$ownerDepartment.id }), principles = Set(actions.compactMap { $0.$principle.id })
        let names = departments.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Department.query(on: req.db)
            .filter(\.$id ~~ Array(departments)).all().map { ($0.id!, $0.name) })
        let english = req.language == .en
        let principleNames = principles.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Principle.query(on: req.db)
            .filter(\.$id ~~ Array(principles)).all().map { ($0.id!, english ? $0.nameEn : $0.nameSv) })
        let council = Wording(req.language).t("council.title")
        return actions.map { action in
            ActionRow(id: action.id!.uuidString.lowercased(), title: action.title,
                      owner: action.$ownerDepartment.id.flatMap { names[$0] } ?? council,
                      principle: action.$principle.id.flatMap { principleNames[$0] } ?? "", target: action.target,
                      firstYear: action.firstYear, lastYear: action.lastYear, status: statuses[action.id!] ?? action.status)
        }
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let today = CalendarDay(req.now)
        let year = (try? req.query.get(Int.self, at: "year")) ?? today.year
        guard (2000...(today.year + 10)).contains(year) else { throw Abort(.notFound) }
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let total = try await Self.covering(year, on: req.db).count()
        let actions = try await Self.covering(year, on: req.db).sort(\.$firstYear).sort(\.$title).sort(\.$id)
            .range(page.offset..<(page.offset + page.size)).all()
        // Where the year's actions stood at its end (or today): a past year's list shows what the follow-up counted.
        let statuses = try await Self.statuses(try await Self.covering(year, on: req.db).limit(10_000).all(), on: min(today, CalendarDay(year, 12, 31)),
                                               db: req.db)
        let counts = Dictionary(grouping: statuses.values, by: { $0 }).mapValues(\.count)
        let first = try await PlanAction.query(on: req.db).min(\.$firstYear) ?? today.year
        let last = try await PlanAction.query(on: req.db).max(\.$lastYear) ?? today.year
        let model = ActionPlanPage(year: year, years: min(first, today.year)...max(last, today.year), actions: try req.paged(items: try await Self.rows(actions, req, statuses: statuses), page: page, total: total),
                                   counts: counts, canManage: ActionPlanRules.mayManage(req.actor))
        return req.html(model.render(try await req.page()))
    }

    static func find(_ req: Request) async throws -> PlanAction {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let action = try await PlanAction.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return action
    }

    private func page(_ req: Request, _ action: PlanAction, form: FormState? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let progress = try await ActionProgress.query(on: req.db).filter(\.$action.$id == action.id!).sort(\.$day, .descending)
            .sort(\.$createdAt, .descending).limit(200).all()
        let mayReport = ActionPlanRules.mayReport(req.actor, on: action.owner)
        let form = mayReport ? form ?? FormState(values: ["day": CalendarDay(req.now).description, "status": action.status.rawValue]) : nil
        let model = ActionPage(row: try await Self.rows([action], req)[0], description: action.description,
                               progress: progress.map { .init(day: $0.calendarDay, status: $0.status, note: $0.note, author: $0.authorLabel) },
                               form: form, canManage: ActionPlanRules.mayManage(req.actor))
        return req.html(model.render(try await req.page(forms: mayReport)), status: status)
    }

    @Sendable func show(_ req: Request) async throws -> Response { try await page(req, try await Self.find(req)) }

    /// A line of progress: one change with its audit row, decided on the owner as read inside it;
    /// the action's status becomes the latest line's.
    @Sendable func report(_ req: Request) async throws -> Response {
        let action = try await Self.find(req)
        guard ActionPlanRules.mayReport(req.actor, on: action.owner) else { throw Abort(.forbidden) }
        let id = action.id!, today = CalendarDay(req.now)
        // The public page names who wrote a line by name only, never by address.
        let author = req.currentUser?.displayName ?? ""
        return try await req.answerForm(render: { form, status in try await page(req, action, form: form, status: status) }, perform: { fields in
            let draft = try ProgressDraft.read(fields, firstYear: action.firstYear, today: today).get()
            try await req.change { change in
                guard try await PlanAction.lock(id, on: change.db), let current = try await PlanAction.find(id, on: change.db) else { throw Abort(.notFound) }
                try ActionPlanRules.report(by: change.actor, on: current.owner).get()
                let earlier = try await ActionProgress.query(on: change.db).filter(\.$action.$id == id).sort(\.$createdAt).all()
                try await ActionProgress(actionID: id, draft, author: author).create(on: change.db)
                current.status = ActionPlanRules.status(on: today, progress: earlier.map { ($0.calendarDay, $0.status) } + [(draft.day, draft.status)])
                try await current.update(on: change.db)
                try await change.audit("actionPlan.progress", "plan_action", id.uuidString, "\(draft.day) \(draft.status.rawValue)")
            }
            return SiteURL.council(.action(.value(id.uuidString.lowercased()))).path(query: [("notice", "actionProgressSaved")])
        })
    }
}
