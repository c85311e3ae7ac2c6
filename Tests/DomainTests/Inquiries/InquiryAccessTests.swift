import Testing
import Foundation
@testable import Domain

@Suite("Who may see and handle an inquiry")
struct InquiryAccessTests {
    static let a = DepartmentID.make(), b = DepartmentID.make(), association = AssociationID.make(), submitter = UserID.make()
    static let facts = InquiryAccessFacts(departmentID: a, earlierDepartmentIDs: [b], associationID: association, submitterUserID: submitter)

    static func staff(_ department: DepartmentID, handler: Bool = true) -> Actor {
        Actor(userID: .make(), role: .staff, departmentID: department, isEntryPointHandler: handler)
    }

    @Test("handlers of the holding department handle it, earlier holders read it, everyone else sees nothing")
    func staffAccess() {
        #expect(Policy.staffAccess(Self.staff(Self.a), to: Self.facts) == .handle)
        #expect(Policy.staffAccess(Self.staff(Self.b), to: Self.facts) == .readOnly)
        #expect(Policy.staffAccess(Self.staff(.make()), to: Self.facts) == nil)
        #expect(Policy.staffAccess(Self.staff(Self.a, handler: false), to: Self.facts) == nil)
        #expect(Policy.staffAccess(Actor(userID: .make(), role: .admin), to: Self.facts) == .handle)
        #expect(Policy.staffAccess(Actor(userID: .make(), role: .member, associationIDs: [Self.association]), to: Self.facts) == nil)
        #expect(Policy.staffAccess(.anonymous, to: Self.facts) == nil)
        // The handler who registered a phone question that went elsewhere reads it, and only that one.
        let registrar = Self.staff(.make())
        var registered = Self.facts
        registered.registeredByUserID = registrar.userID
        #expect(Policy.staffAccess(registrar, to: registered) == .readOnly)
        #expect(Policy.staffAccess(registrar, to: Self.facts) == nil)
    }

    @Test("the person who asked, and the association's representatives, are its submitters")
    func submitters() {
        #expect(Policy.isSubmitter(Actor(userID: Self.submitter, role: .member), of: Self.facts))
        #expect(Policy.isSubmitter(Actor(userID: .make(), role: .member, associationIDs: [Self.association]), of: Self.facts))
        #expect(!Policy.isSubmitter(Actor(userID: .make(), role: .member, associationIDs: [.make()]), of: Self.facts))
        #expect(!Policy.isSubmitter(Self.staff(Self.a), of: Self.facts))
        #expect(!Policy.isSubmitter(.anonymous, of: InquiryAccessFacts(departmentID: Self.a)))
    }

    @Test("a matter raised with the council: its members handle it; a council member reaches no other inquiry")
    func council() {
        let member = Actor(userID: .make(), role: .member, isCouncilMember: true)
        var matter = InquiryAccessFacts(departmentID: Self.a)
        matter.isForCouncil = true
        #expect(Policy.staffAccess(member, to: matter) == .handle)
        #expect(Policy.staffAccess(member, to: Self.facts) == nil)
        // A council member on the staff of the holding department, who is no entry-point handler, gets nothing from the department.
        let colleague = Actor(userID: .make(), role: .staff, departmentID: Self.a, isCouncilMember: true)
        #expect(Policy.staffAccess(colleague, to: Self.facts) == nil && Policy.staffAccess(colleague, to: matter) == .handle)
        #expect(Policy.staffAccess(Actor(userID: .make(), role: .member), to: matter) == nil && Policy.staffAccess(Self.staff(Self.b), to: matter) == nil)
    }

    @Test("handling inquiries needs the entry-point flag in a department, a seat on the council, or admin")
    func permission() {
        #expect(Policy.allows(Self.staff(Self.a), .handleInquiries))
        #expect(!Policy.allows(Self.staff(Self.a, handler: false), .handleInquiries))
        #expect(!Policy.allows(Actor(userID: .make(), role: .member, isEntryPointHandler: true), .handleInquiries))
        #expect(Policy.allows(Actor(userID: .make(), role: .admin), .handleInquiries))
        #expect(Policy.allows(Actor(userID: .make(), role: .member, isCouncilMember: true), .handleInquiries))
    }
}
