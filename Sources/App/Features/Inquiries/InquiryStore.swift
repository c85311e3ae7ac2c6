import Vapor
import Fluent
import Domain
import Views

/// Creating inquiries and finding them: the use cases the public form, the staff's
/// registration form and the demo share.
package enum InquiryStore {
    /// Who is asking, as far as the new inquiry records it.
    package struct Origin: Sendable {
        package var submitterID: UUID?
        package var registeredByID: UUID?
        package var language: Language
    }

    /// Files a checked inquiry with the department its topic routes to, and mails the receipt.
    /// Returns the inquiry and its private token.
    static func create(_ checked: InquiryDraft, origin: Origin, app: Application,
                       in change: Change) async throws -> (Inquiry, String) {
        let department = try await route(checked.topic, on: change.db)
        let received = CalendarDay(change.now)
        let year = received.year
        let number = try await InquiryCounter.next(year: year, on: change.db)
        let token = SecureToken.make()
        let inquiry = Inquiry()
        inquiry.$department.id = department.id!
        inquiry.associationID = checked.associationID?.uuid
        inquiry.districtID = checked.districtID?.uuid
        inquiry.submitterID = origin.submitterID
        inquiry.registeredByID = origin.registeredByID
        inquiry.year = year
        inquiry.number = number
        inquiry.reference = InquiryReference(year: year, number: number).description
        inquiry.accessToken = token
        inquiry.topic = checked.topic
        inquiry.question = checked.question
        inquiry.name = checked.name
        inquiry.email = checked.email?.value ?? ""
        inquiry.phone = checked.phone
        inquiry.address = checked.address
        inquiry.channel = checked.channel
        inquiry.receivedVia = checked.receivedVia
        inquiry.language = origin.language.rawValue
        inquiry.status = .received
        inquiry.receivedAt = change.now
        inquiry.dueAt = SwedishCalendar.addingWorkingDays(department.answerDays, to: received).end
        try await inquiry.create(on: change.db)
        try await InquiryCounts.record(from: nil, to: InquiryCounts.Entry(inquiry), on: change.db)
        try await InquiryEntry(inquiryID: inquiry.id!, at: change.now, kind: .received, isPublic: true, authorID: origin.submitterID,
                               authorLabel: checked.name, body: "", to: department.id).create(on: change.db)
        try await change.audit("inquiry.create", "inquiry", inquiry.id!.uuidString,
                               "\(inquiry.reference) → \(department.name) (\(checked.topic.rawValue), \(checked.receivedVia.rawValue))")
        try await InquiryNotices.received(inquiry, department: department, limited: origin.registeredByID == nil, app: app, in: change)
        return (inquiry, token)
    }

    /// The department a topic goes to: the admin's table, or the central entry point.
    package static func route(_ topic: InquiryTopic, on db: any Database) async throws -> Department {
        let routes = try await InquiryTopicRoute.query(on: db).all()
        var table: [InquiryTopic: UUID] = [:]
        for route in routes { if let topic = InquiryTopic(rawValue: route.id ?? "") { table[topic] = route.$department.id } }
        var central = try await Department.query(on: db).filter(\.$isCoordinator == true).first()
        if central == nil { central = try await Department.query(on: db).sort(\.$position).first() }
        guard let coordinator = central else { throw Abort(.serviceUnavailable) }
        let id = InquiryRouting.department(for: topic, table: table, coordinator: coordinator.id!)
        if id == coordinator.id { return coordinator }
        return try await Department.find(id, on: db) ?? coordinator
    }

    package static func find(reference: String?, on db: any Database) async throws -> Inquiry {
        guard let text = reference, let parsed = InquiryReference(text),
              let inquiry = try await Inquiry.query(on: db).filter(\.$reference == parsed.description).with(\.$department).first()
        else { throw Abort(.notFound) }
        return inquiry
    }

    package static func find(token: String?, on db: any Database) async throws -> Inquiry {
        guard let token, token.count >= 22, token.count <= 64,
              let inquiry = try await Inquiry.query(on: db).filter(\.$accessToken == token).with(\.$department).first()
        else { throw Abort(.notFound) }
        return inquiry
    }

    /// The facts the access rules look at, including the departments it was transferred from.
    package static func accessFacts(_ inquiry: Inquiry, on db: any Database) async throws -> InquiryAccessFacts {
        let transfers = try await InquiryEntry.query(on: db).filter(\.$inquiry.$id == inquiry.id!).filter(\.$kind == .transfer).all()
        return InquiryAccessFacts(departmentID: DepartmentID(inquiry.$department.id),
                                  earlierDepartmentIDs: Set(transfers.compactMap(\.fromDepartmentID).map(DepartmentID.init)),
                                  associationID: inquiry.associationID.map(AssociationID.init), submitterUserID: inquiry.submitterID.map(UserID.init),
                                  registeredByUserID: inquiry.registeredByID.map(UserID.init), isForCouncil: inquiry.topic == .council
                                      && inquiry.$department.value?.isCoordinator == true)
    }

    /// The history, oldest first; `publicOnly` leaves out the staff's internal notes.
    package static func timeline(_ inquiry: Inquiry, publicOnly: Bool, on db: any Database) async throws -> [InquiryTimelineEntry] {
        var query = InquiryEntry.query(on: db).filter(\.$inquiry.$id == inquiry.id!)
        if publicOnly { query = query.filter(\.$isPublic == true) }
        let entries = try await query.sort(\.$at).sort(\.$id).limit(500).all()
        let ids = Set(entries.flatMap { [$0.fromDepartmentID, $0.toDepartmentID].compactMap { $0 } })
        let names = ids.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Department.query(on: db).filter(\.$id ~~ ids).all()
            .map { ($0.id!, $0.name) })
        return entries.map { entry in
            InquiryTimelineEntry(at: entry.at, kind: entry.kind.rawValue, isPublic: entry.isPublic, author: entry.authorLabel,
                                 body: entry.body, fromDepartment: entry.fromDepartmentID.flatMap { names[$0] },
                                 toDepartment: entry.toDepartmentID.flatMap { names[$0] })
        }
    }

    /// The summary every inquiry page starts with.
    package static func summary(_ inquiry: Inquiry, association: String?, district: String?) -> InquirySummary {
        InquirySummary(reference: inquiry.reference, topic: inquiry.topic, question: inquiry.question, status: inquiry.status,
                       receivedAt: inquiry.receivedAt, dueOn: inquiry.dueOn, firstAnsweredAt: inquiry.firstAnsweredAt,
                       closedAt: inquiry.closedAt, outcome: inquiry.outcome, department: inquiry.department.entryPointCard,
                       association: association, district: district, receivedVia: inquiry.receivedVia, rating: inquiry.rating)
    }

    package static func names(association: UUID?, district: UUID?, on db: any Database) async throws -> (String?, String?) {
        let associationName = try await association.asyncMap { try await Association.find($0, on: db)?.name } ?? nil
        let districtName = try await district.asyncMap { try await District.find($0, on: db)?.name } ?? nil
        return (associationName, districtName)
    }
}
