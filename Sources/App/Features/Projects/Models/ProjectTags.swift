import Fluent
import Foundation
import Domain

/// A district a project takes place in.
final class ProjectDistrict: Model, @unchecked Sendable {
    static let schema = "project_districts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "district_id") var districtID: UUID

    init() {}

    init(projectID: UUID, districtID: UUID) {
        self.$project.id = projectID
        self.districtID = districtID
    }
}

/// An Agenda 2030 goal a project serves, by its number.
final class ProjectGoal: Model, @unchecked Sendable {
    static let schema = "project_goals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "goal") var goal: Int

    init() {}

    init(projectID: UUID, goal: Int) {
        self.$project.id = projectID
        self.goal = goal
    }
}

/// Who a project is for.
final class ProjectTargetGroup: Model, @unchecked Sendable {
    static let schema = "project_target_groups"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "target_group") var targetGroup: TargetGroup

    init() {}

    init(projectID: UUID, targetGroup: TargetGroup) {
        self.$project.id = projectID
        self.targetGroup = targetGroup
    }
}
