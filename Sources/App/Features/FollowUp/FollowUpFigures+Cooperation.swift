import Vapor
import Fluent
import SQLKit
import Domain

/// What came of cooperating in the year: projects by form, calls, offers and initiatives and
/// what they became, events and their reach, volunteering, and staff days against the target.
extension FollowUpFigures {
    /// Projects by form of cooperation: started in the year, finished in it, and with an association as a confirmed partner.
    func projects() async throws -> FollowUpTable {
        let rows = try await sql.raw("""
            SELECT p.form AS f, SUM(CASE WHEN p.created_at >= \(bind: from) AND p.created_at < \(bind: to) THEN 1 ELSE 0 END) AS started,
            SUM(CASE WHEN p.status = \(bind: ProjectStatus.finished.rawValue) AND p.ends_on >= \(bind: firstDay) AND p.ends_on <= \(bind: lastDay)
                THEN 1 ELSE 0 END) AS finished,
            SUM(CASE WHEN p.created_at >= \(bind: from) AND p.created_at < \(bind: to) AND EXISTS (SELECT 1 FROM \(ident: ProjectPartner.schema) x
                WHERE x.project_id = p.id AND x.association_id IS NOT NULL AND x.status = \(bind: PartnerStatus.confirmed.rawValue)) THEN 1 ELSE 0 END) AS partnered
            FROM \(ident: Project.schema) p WHERE p.status <> \(bind: ProjectStatus.cancelled.rawValue) GROUP BY p.form
            """).all()
        var byForm: [Int: [FollowUpTable.Value]] = [:]
        for row in rows {
            byForm[try row.decode(column: "f", as: Int.self)] = [.count(try row.count("started")), .count(try row.count("finished")),
                                                                 .count(try row.count("partnered"))]
        }
        return FollowUpTable(
            section: .projects, columns: ["started", "finished", "withAssociation"], charted: [0],
            rows: LadderStep.allCases.map { step in
                .init(key: step.key, label: .term("guide.step.\(step.key).name"), values: byForm[step.rawValue] ?? [.count(0), .count(0), .count(0)])
            })
    }

    /// The ways into cooperation: answers to calls, answers to offers, initiatives — how many
    /// came in the year, how many were taken up, how many became a project.
    func routes() async throws -> FollowUpTable {
        func counted(_ table: String, accepted: String) async throws -> [FollowUpTable.Value] {
            let row = try await sql.raw(routesStatement(table, accepted: accepted)).first()
            return [.count(try row?.count("n") ?? 0), .count(try row?.count("accepted") ?? 0), .count(try row?.count("projects") ?? 0)]
        }
        return FollowUpTable(
            section: .routes, columns: ["received", "accepted", "becameProject"], charted: [0, 2],
            rows: [
                .init(key: "calls", label: .term("followUp.row.calls"), values: try await counted(CallAnswer.schema, accepted: CallAnswerStatus.chosen.rawValue)),
                .init(key: "offers", label: .term("followUp.row.offers"), values: try await counted(OfferAnswer.schema, accepted: CallAnswerStatus.chosen.rawValue)),
                .init(key: "initiatives", label: .term("followUp.row.initiatives"),
                      values: try await counted(Initiative.schema, accepted: InitiativeStatus.accepted.rawValue)),
            ])
    }

    /// Events held in the year by kind (training among them): how many, who registered, who came.
    func events() async throws -> FollowUpTable {
        let rows = try await sql.raw(eventsStatement).all()
        var byKind: [String: [FollowUpTable.Value]] = [:]
        for row in rows {
            byKind[try row.decode(column: "k", as: String.self)] = [.count(try row.count("n")), .count(try row.count("registered")),
                                                                    .count(try row.count("attended"))]
        }
        return FollowUpTable(
            section: .events, columns: ["events", "registered", "attended"], charted: [0],
            rows: EventKind.allCases.map { kind in
                .init(key: kind.rawValue, label: .term("events.kind.\(kind.rawValue)"), values: byKind[kind.rawValue] ?? [.count(0), .count(0), .count(0)])
            })
    }

    func routesStatement(_ table: String, accepted: String) -> SQLQueryString {
        """
        SELECT COUNT(*) AS n, SUM(CASE WHEN status = \(bind: accepted) THEN 1 ELSE 0 END) AS accepted,
        SUM(CASE WHEN project_id IS NOT NULL THEN 1 ELSE 0 END) AS projects FROM \(ident: table)
        WHERE created_at >= \(bind: from) AND created_at < \(bind: to)
        """
    }

    var eventsStatement: SQLQueryString {
        """
        SELECT e.kind AS k, COUNT(DISTINCT e.id) AS n,
        SUM(CASE WHEN r.status = \(bind: RegistrationStatus.confirmed.rawValue) THEN 1 ELSE 0 END) AS registered,
        SUM(CASE WHEN r.attended THEN 1 ELSE 0 END) AS attended
        FROM \(ident: Event.schema) e LEFT JOIN \(ident: EventRegistration.schema) r ON r.event_id = e.id
        WHERE e.starts_at >= \(bind: from) AND e.starts_at < \(bind: to) AND e.cancelled_at IS NULL GROUP BY e.kind
        """
    }

    /// Volunteer assignments published in the year by associations and by departments, the interest shown and welcomed.
    func volunteering() async throws -> FollowUpTable {
        let counts = try await VolunteeringFigures.counts(year: year, on: db).organisers
        func values(_ kind: String) -> [FollowUpTable.Value] {
            [.count(counts.assignments[kind] ?? 0), .count(counts.interest[kind] ?? 0), .count(counts.welcomed[kind] ?? 0)]
        }
        return FollowUpTable(
            section: .volunteering, columns: ["assignments", "interest", "welcomed"], charted: [0, 2],
            rows: [.init(key: "associations", label: .term("volunteering.figures.associations"), values: values("a")),
                   .init(key: "departments", label: .term("volunteering.figures.departments"), values: values("d"))])
    }

    /// Staff days per department against its target, as `/civilsamhallesdagar` shows them.
    func staffDays(_ departments: [Department]) async throws -> FollowUpTable {
        let figures = try await StaffDaysStore.figures(year: year, on: db)
        return FollowUpTable(
            section: .staffDays, columns: ["days", "target", "shareOfTarget"], charted: [2],
            rows: departments.compactMap { department in
                let halves = figures.halvesByDepartment[department.id!] ?? 0
                let target = figures.targets[department.id!]?.days
                guard halves > 0 || target != nil else { return nil }
                let days = Double(halves) / 2
                return .init(key: department.slug, label: .name(department.name), values: [
                    .measure(days), .measure(target), .share(target.flatMap { $0 > 0 ? days / $0 : nil }),
                ])
            })
    }
}
