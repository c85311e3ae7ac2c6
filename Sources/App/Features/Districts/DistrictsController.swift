import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// District pages (N22, N25): what happens in each part of the municipality — coming events,
/// associations, open consultations and projects there — and how to follow it.
struct DistrictsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.districts, .everyone, use: list)
        routes.get(.district(.key), .everyone, use: show)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let districts = try await District.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let directory = DirectoryQuery(req.db)
        // Coming events per district in one grouped statement, not one count per district.
        let rows = try await (req.db as! any SQLDatabase).select().column("district_id").column(SQL.count, as: "n").from(Event.schema)
            .where("ends_at", .greaterThan, SQLBind(req.now)).where("district_id", .isNot, SQLLiteral.null).groupBy("district_id").all()
        var events: [UUID: Int] = [:]
        for row in rows { events[try row.decode(column: "district_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self) }
        var items: [DistrictListPage.Item] = []
        for district in districts {
            let associations = try await Self.associations(district, directory)
            items.append(.init(slug: district.slug, name: district.name, events: events[district.id!] ?? 0, associations: associations.total,
                               associationsExact: associations.totalIsExact))
        }
        return req.html(DistrictListPage(items: items).render(try await req.page()))
    }

    /// How many public associations work in the district, as the directory counts them.
    static func associations(_ district: District, _ directory: DirectoryQuery) async throws -> Paged<DirectoryQuery.Row> {
        var filter = DirectoryQuery.Filter()
        filter.districtID = district.id
        return try await directory.page(filter, Domain.PageRequest(number: 1, size: 1))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        guard let slug = req.parameters.get("slug"),
              let district = try await District.query(on: req.db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        let id = district.typedID
        let events = try await EventStore.coming(EventStore.Filter(district: id), now: req.now, on: req.db).limit(6).all()
        EventStore.keepUntilChanged(req, events)
        let consultations = try await ConsultationStore.query(.open, ConsultationStore.Filter(district: id), now: req.now, on: req.db).limit(5).all()
        var projectFilter = ProjectStore.Filter()
        projectFilter.district = id
        projectFilter.status = .ongoing
        let projects = try await ProjectStore.query(projectFilter, on: req.db).limit(5).all()
        let associations = try await Self.associations(district, DirectoryQuery(req.db))
        let page = DistrictPage(
            slug: district.slug, name: district.name, districtID: id.description,
            events: try await EventStore.summaries(events, today: CalendarDay(req.now), on: req.db), associations: associations.total,
            associationsExact: associations.totalIsExact,
            consultations: try await ConsultationStore.summaries(consultations, now: req.now, on: req.db),
            projects: try await ProjectStore.summaries(projects, on: req.db))
        return req.html(page.render(try await req.page()))
    }
}
