import Vapor
import Fluent
import FluentSQL
import SQLKit
import Domain
import Views

/// Reading and writing projects, shared by the pages, the feed, the API and the editors.
package enum ProjectStore {
    package struct Filter: Sendable {
        package var terms = SearchTerms("")
        package var status: ProjectStatus?
        package var district: DistrictID?
        package var goal: Sdg?
        package var targetGroup: TargetGroup?
        package var form: LadderStep?
        package var department: DepartmentID?
        package var association: AssociationID?

        /// The filters as the list's form sends them; a value that means nothing is no filter.
        package init(_ fields: FormFields) {
            terms = SearchTerms(fields["q"])
            status = ProjectStatus(rawValue: fields["status"])
            district = DistrictID(fields["district"])
            goal = Int(fields["goal"]).flatMap(Sdg.init)
            targetGroup = TargetGroup(rawValue: fields["targetGroup"])
            form = Int(fields["form"]).flatMap(LadderStep.init(rawValue:))
            department = DepartmentID(fields["department"])
            association = AssociationID(fields["association"])
        }

        package init() {}

        package var values: [String: String] {
            var values: [String: String] = [:]
            values["q"] = terms.isEmpty ? nil : terms.words.joined(separator: " ")
            values["status"] = status?.rawValue
            values["district"] = district?.description
            values["goal"] = goal.map { String($0.number) }
            values["targetGroup"] = targetGroup?.rawValue
            values["form"] = form.map { String($0.rawValue) }
            values["department"] = department?.description
            values["association"] = association?.description
            return values
        }

        /// The filter as text, the same for the same filter: the key its count is kept under.
        package var key: String {
            values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        }
    }

    /// The projects matching the filter, newest change first, as models (the pages); `counting`
    /// states the filter for a count instead (see `conditions`).
    package static func query(_ filter: Filter, counting: Bool = false, on db: any Database) -> QueryBuilder<Project> {
        let query = Project.query(on: db)
        for condition in conditions(filter, counting: counting, on: db as! any SQLDatabase) { query.filter(.sql(embed: condition)) }
        return query.sort(\.$updatedAt, .descending).sort(\.$id)
    }

    /// The filter as conditions on the projects table, the one statement of it that the pages (through
    /// Fluent) and the API (through SQLKit, see `ProjectsAPIRows`) both use. Each tag filter is a
    /// subquery on its own index; the words go through the full-text index.
    ///
    /// A broad tag (a goal, a district, a target group: a tenth of all projects or more) is checked
    /// per row on its (project, tag) index when paging, so the newest-first walk stops after a page
    /// (0.1 ms for a goal at 12 500 projects, where the list of them all cost 4.1 ms); `counting`
    /// reads it as that list instead, which a count walks once (0.7 ms, where checking every
    /// project cost 4.4 ms).
    package static func conditions(_ filter: Filter, counting: Bool = false, on sql: any SQLDatabase) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if let status = filter.status { conditions.append("\(ident: Project.schema).\(ident: "status") = \(bind: status.rawValue)") }
        if let form = filter.form { conditions.append("\(ident: Project.schema).\(ident: "form") = \(bind: form.rawValue)") }
        // A partner is narrow (a handful of projects each): their list, from the partner's index.
        func within(_ table: String, _ column: String, _ value: some Encodable & Sendable, confirmed: Bool = false) {
            let extra: SQLQueryString = confirmed ? " AND status = \(bind: PartnerStatus.confirmed.rawValue)" : ""
            conditions.append("\(ident: Project.schema).\(ident: "id") IN (SELECT project_id FROM \(ident: table) WHERE \(ident: column) = \(bind: value)\(extra))")
        }
        // With words, the broad tags are words of the search index (IndexProjectTags, and
        // IndexProjectTagsOnPostgres): one intersection there, instead of a probe for every
        // project that has the words.
        let folded = !filter.terms.isEmpty
        var tokens: [String] = []
        // A broad tag: checked per row when paging, as the list when counting.
        func tagged(_ table: String, _ column: String, _ value: some Encodable & Sendable, token: String) {
            if folded { return tokens.append(token) }
            if counting { return within(table, column, value) }
            conditions.append("""
                EXISTS (SELECT 1 FROM \(ident: table) t WHERE t.project_id = \(ident: Project.schema).\(ident: "id") \
                AND t.\(ident: column) = \(bind: value))
                """)
        }
        if let district = filter.district { tagged(ProjectDistrict.schema, "district_id", district.uuid, token: SearchTags.token(district: district.uuid)) }
        if let goal = filter.goal { tagged(ProjectGoal.schema, "goal", goal.number, token: IndexProjectTags.token(goal: goal.number)) }
        if let group = filter.targetGroup { tagged(ProjectTargetGroup.schema, "target_group", group.rawValue, token: SearchTags.token(group: group.rawValue)) }
        if let department = filter.department { within(ProjectPartner.schema, "department_id", department.uuid, confirmed: true) }
        if let association = filter.association { within(ProjectPartner.schema, "association_id", association.uuid, confirmed: true) }
        if !filter.terms.isEmpty { conditions.append(IndexProjectTags.condition(filter.terms, tags: tokens, on: sql)) }
        return conditions
    }

    /// How many projects each of these departments takes part in (as lead or confirmed partner),
    /// from the partners' department index.
    package static func counts(departments ids: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select().column("department_id").column(SQL.count, as: "n").from(ProjectPartner.schema)
            .where("department_id", .in, ids).where("status", .equal, PartnerStatus.confirmed.rawValue).groupBy("department_id").all()
        var counts: [UUID: Int] = [:]
        for row in rows { counts[try row.decode(column: "department_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self) }
        return counts
    }

    /// One page and the total; a first page that is not full is the total, so it is not counted again.
    package static func page(_ filter: Filter, _ page: Domain.PageRequest, on db: any Database) async throws -> (rows: [Project], total: Int) {
        let rows = try await query(filter, on: db).range(page.offset..<(page.offset + page.size)).all()
        if page.offset == 0 && rows.count < page.size { return (rows, rows.count) }
        return (rows, try await query(filter, counting: true, on: db).count())
    }

    package static func find(slug: String?, on db: any Database) async throws -> Project {
        guard let slug, let project = try await Project.query(on: db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        return project
    }

    /// Every side of these projects, the owner's included, with what is needed to show them.
    package static func partners(of ids: [UUID], on db: any Database) async throws -> [ProjectPartner] {
        ids.isEmpty ? [] : try await ProjectPartner.query(on: db).filter(\.$project.$id ~~ ids).sort(\.$invitedAt).all()
    }

    /// Names and links of the sides, for lists and pages.
    package static func names(_ parties: [Party], on db: any Database) async throws -> [Party: ProjectSummary.Partner] {
        var associationIDs: [UUID] = [], departmentIDs: [UUID] = []
        for party in parties {
            switch party {
            case .association(let id): associationIDs.append(id.uuid)
            case .department(let id): departmentIDs.append(id.uuid)
            }
        }
        var names: [Party: ProjectSummary.Partner] = [:]
        if !associationIDs.isEmpty {
            for row in try await Association.query(on: db).filter(\.$id ~~ associationIDs).all() {
                // Only a verified association has a public page to link to.
                names[.association(AssociationID(row.id!))] = .init(
                    name: row.name, role: .partner, link: row.status == .verified ? SiteURL.associations(.show(.value(row.slug))).path : nil)
            }
        }
        if !departmentIDs.isEmpty {
            for row in try await Department.query(on: db).filter(\.$id ~~ departmentIDs).all() {
                names[.department(row.typedID)] = .init(name: row.name, role: .partner)
            }
        }
        return names
    }

    package static func summaries(_ projects: [Project], on db: any Database) async throws -> [ProjectSummary] {
        let ids = projects.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let partners = try await partners(of: ids, on: db).filter { $0.status == .confirmed }
        let names = try await names(partners.compactMap(\.party), on: db)
        let places = try await ProjectDistrict.query(on: db).filter(\.$project.$id ~~ ids).all()
        let districtNames = Dictionary(uniqueKeysWithValues: try await District.query(on: db).filter(\.$id ~~ Set(places.map(\.districtID))).all()
            .map { ($0.id!, $0.name) })
        let goals = try await ProjectGoal.query(on: db).filter(\.$project.$id ~~ ids).all()
        return projects.map { project in
            let own = partners.filter { $0.$project.id == project.id }.sorted { ($0.role == .lead ? 0 : 1, $0.invitedAt) < ($1.role == .lead ? 0 : 1, $1.invitedAt) }
            return ProjectSummary(
                slug: project.slug, title: project.title, easyRead: project.easyRead, status: project.status, form: project.ladder,
                starts: project.startsOn.flatMap(CalendarDay.init(iso:)), ends: project.endsOn.flatMap(CalendarDay.init(iso:)),
                partners: own.compactMap { row in row.party.flatMap { names[$0] }.map { .init(name: $0.name, role: row.role, link: $0.link) } },
                districts: places.filter { $0.$project.id == project.id }.compactMap { districtNames[$0.districtID] }.sorted(),
                goals: goals.filter { $0.$project.id == project.id }.map(\.goal).sorted(), featured: project.featured,
                updatedAt: project.updatedAt ?? project.createdAt ?? Date())
        }
    }

    /// Retires the cached pages of the associations taking part in the project (each lists its
    /// projects), and of `also` (those taken off it in this change) — not every association page.
    static func touchAssociations(of projectID: UUID, also: [ProjectPartner] = [], change: Change) async throws {
        let rows = try await ProjectPartner.query(on: change.db).filter(\.$project.$id == projectID).all()
        change.touches(Set((rows + also).compactMap(\.associationID).map(ContentScope.association)))
    }

    /// A project started by a "yes" (to a call's answer, an offer's answer or an initiative): the
    /// draft's owner leads, `partner` is confirmed at once, the timeline starts at "planned", and
    /// the partners' association pages are retired. Inside the change that said yes.
    static func start(_ draft: ProjectDraft, partner: Party, commitment: String = "", callID: UUID? = nil, author: String,
                      source: String, change: Change) async throws -> Project {
        let project = Project()
        project.callID = callID
        try await apply(draft, to: project, at: change.now, on: change.db)
        try await ProjectPartner(projectID: project.id!, party: partner, role: .partner, status: .confirmed, commitment: commitment,
                                 at: change.now).create(on: change.db)
        try await ProjectEntry(projectID: project.id!, at: change.now, status: .planned, body: "", author: author).create(on: change.db)
        try await touchAssociations(of: project.id!, change: change)
        try await change.audit("project.create", "project", project.id!.uuidString, "\(draft.title) (\(source))")
        return project
    }

    /// Writes a checked draft to the project and replaces its tags; a new project gets its owner
    /// as its confirmed lead partner. Inside a change.
    package static func apply(_ draft: ProjectDraft, to project: Project, at now: Date, on db: any Database) async throws {
        project.title = draft.title
        project.summary = draft.summary
        project.easyRead = draft.easyRead
        project.body = draft.body
        project.form = draft.form.rawValue
        project.startsOn = draft.starts?.description
        project.endsOn = draft.ends?.description
        project.contactName = draft.contactName
        project.contactEmail = draft.contactEmail
        project.iopFrom = draft.partnership?.from.description
        project.iopUntil = draft.partnership?.until.description
        project.decisionBody = draft.partnership?.decisionBody
        project.decidedOn = draft.partnership?.decidedOn.description
        project.caseNumber = draft.partnership?.caseNumber
        if project.id == nil {
            project.status = draft.status
            project.ownerKey = draft.owner.description
            if case .association(let id) = draft.owner { project.ownerAssociationID = id.uuid }
            if case .department(let id) = draft.owner { project.ownerDepartmentID = id.uuid }
            project.featured = false
            project.outcome = ""
            project.slug = try await Slug.unique(draft.title, on: db, in: Project.self)
            try await project.create(on: db)
            try await ProjectPartner(projectID: project.id!, party: draft.owner, role: .lead, status: .confirmed, commitment: "", at: now).create(on: db)
        } else {
            try await project.update(on: db)
        }
        let id = project.id!
        try await ProjectDistrict.query(on: db).filter(\.$project.$id == id).delete()
        try await draft.districtIDs.map { ProjectDistrict(projectID: id, districtID: $0.uuid) }.create(on: db)
        try await ProjectGoal.query(on: db).filter(\.$project.$id == id).delete()
        try await draft.goals.map { ProjectGoal(projectID: id, goal: $0.number) }.create(on: db)
        try await ProjectTargetGroup.query(on: db).filter(\.$project.$id == id).delete()
        try await draft.targetGroups.map { ProjectTargetGroup(projectID: id, targetGroup: $0) }.create(on: db)
    }
}
