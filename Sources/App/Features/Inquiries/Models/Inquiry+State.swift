import Foundation
import Domain

extension Inquiry {
    /// What `InquiryRules` decides on. The department and the assignee must have been loaded.
    package var state: InquiryState {
        InquiryState(reference: reference, status: status, department: department.ref, assignee: assignee?.ref,
                     firstAnsweredAt: firstAnsweredAt, closedAt: closedAt, outcome: outcome, rating: rating, ratingComment: ratingComment)
    }

    /// Takes over what a decision changed.
    package func apply(_ state: InquiryState) {
        status = state.status
        if $department.id != state.department.id.uuid {
            $department.id = state.department.id.uuid
            $department.value = nil
        }
        if $assignee.id != state.assignee?.id?.uuid {
            $assignee.id = state.assignee?.id?.uuid
            $assignee.value = nil
        }
        firstAnsweredAt = state.firstAnsweredAt
        closedAt = state.closedAt
        outcome = state.outcome
        rating = state.rating
        ratingComment = state.ratingComment
    }

    package var typedID: InquiryID { InquiryID(id!) }
}
