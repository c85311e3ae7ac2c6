import Foundation
import Domain

/// A row published for one side (an event, a volunteer assignment): the side as `a:<id>` or
/// `d:<id>` (`Party`), with its id also in a column of its own for the foreign key.
package protocol PublishedByParty: AnyObject {
    var organiserKey: String { get set }
    var organiserAssociationID: UUID? { get set }
    var organiserDepartmentID: UUID? { get set }
}

extension PublishedByParty {
    package var organiser: Party? { Party(organiserKey) }

    func setOrganiser(_ party: Party) {
        organiserKey = party.description
        switch party {
        case .association(let id): (organiserAssociationID, organiserDepartmentID) = (id.uuid, nil)
        case .department(let id): (organiserAssociationID, organiserDepartmentID) = (nil, id.uuid)
        }
    }
}
