import Vapor
import Fluent
import Domain
import Views

/// `/handlaggning`: the staff's start page, with each part of their work counted and linked —
/// only the parts their role does, for their own department.
struct StaffStartController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staff(.start), .permission(.useStaffArea), use: start)
    }

    @Sendable func start(_ req: Request) async throws -> Response {
        let actor = req.actor
        let now = req.now
        let department = try await actor.departmentID.asyncMap { try await Department.find($0.uuid, on: req.db) } ?? nil
        let id = department?.id
        let publishes = id != nil && Policy.allows(actor, .publishSupport)
        var inbox: StaffStartPage.Inbox?
        if let id, Policy.allows(actor, .registerInquiries) {
            func open() -> QueryBuilder<Inquiry> {
                Inquiry.query(on: req.db).filter(\.$department.$id == id).filter(\.$status ~~ InboxController.open)
            }
            inbox = .init(open: try await open().count(),
                          overdue: try await open().filter(\.$firstAnsweredAt == nil).filter(\.$dueAt <= now).count(),
                          unclaimed: try await open().filter(\.$assignee.$id == nil).count())
        }
        let reviewQueue = Policy.allows(actor, .verifyAssociations)
            ? try await Association.query(on: req.db).filter(\.$status == .pending).count() : nil
        let consultations = publishes ? try await Consultation.query(on: req.db).filter(\.$department.$id == id!).filter(\.$compiledAt == nil)
            .sort(\.$closesAt).limit(50).all()
            .map { StaffStartPage.Consultation(slug: $0.slug, title: $0.title, status: $0.status(at: now)) } : nil
        let page = StaffStartPage(
            department: department?.name, inbox: inbox, reviewQueue: reviewQueue, consultations: consultations,
            support: publishes ? try await SupportOffering.query(on: req.db).filter(\.$department.$id == id!).count() : nil,
            openCalls: publishes ? try await Call.query(on: req.db).filter(\.$department.$id == id!)
                .filter(\.$closesOn >= CalendarDay(now).description).count() : nil,
            initiatives: publishes ? try await Initiative.query(on: req.db).filter(\.$department.$id == id!)
                .filter(\.$status ~~ [InitiativeStatus.received, .considering]).count() : nil,
            openOffers: publishes ? try await Offer.query(on: req.db).filter(\.$isOpen == true).count() : nil)
        return req.html(page.render(try await req.page()))
    }
}
