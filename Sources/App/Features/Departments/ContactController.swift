import Vapor
import Fluent
import Domain
import Views

/// "Contact the municipality": the central entry point and every department's way in.
struct ContactController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.contact, .everyone, use: contact)
    }

    @Sendable func contact(_ req: Request) async throws -> Response {
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"), size: PageRequest.maximumSize)
        let coordinator = try await Department.query(on: req.db).filter(\.$isCoordinator == true).first()
        let query = Department.query(on: req.db).filter(\.$isCoordinator == false)
        let total = try await query.count()
        let departments = try await query.sort(\.$position).sort(\.$name).range(page.offset..<(page.offset + page.size)).all()
        let counts = try await ProjectStore.counts(departments: departments.compactMap(\.id) + (coordinator?.id.map { [$0] } ?? []), on: req.db)
        func card(_ department: Department) -> EntryPointCard {
            var card = department.entryPointCard
            if let count = counts[department.id!], count > 0 {
                card.projects = .init(path: SiteURL.projects(.list).path(query: [("department", department.typedID.description)]), count: count)
            }
            return card
        }
        let model = ContactPage(coordinator: coordinator.map(card), entryPoints: try req.paged(items: departments.map(card), page: page, total: total))
        return req.html(model.render(try await req.page()))
    }
}

extension Department {
    package var entryPointCard: EntryPointCard {
        EntryPointCard(departmentName: name, isCompany: kind == .company, email: email, phone: phone,
                       address: address, openingHours: openingHours)
    }
}
