import Fluent
import Foundation
import Domain

/// A district a project takes place in.
package final class ProjectDistrict: Model, @unchecked Sendable {
    package static let schema = "project_districts"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "project_id") package var project: Project
    @Field(key: "district_id") package var districtID: UUID

    package init() {}

    package init(projectID: UUID, districtID: UUID) {
        self.$project.id = projectID
        self.districtID = districtID
    }
}

/// An Agenda 2030 goal a project serves, by its number.
package final class ProjectGoal: Model, @unchecked Sendable {
    package static let schema = "project_goals"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "project_id") package var project: Project
    @Field(key: "goal") package var goal: Int

    package init() {}

    package init(projectID: UUID, goal: Int) {
        self.$project.id = projectID
        self.goal = goal
    }
}

/// Who a project is for.
package final class ProjectTargetGroup: Model, @unchecked Sendable {
    package static let schema = "project_target_groups"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "project_id") package var project: Project
    @Field(key: "target_group") package var targetGroup: TargetGroup

    package init() {}

    package init(projectID: UUID, targetGroup: TargetGroup) {
        self.$project.id = projectID
        self.targetGroup = targetGroup
    }
}

extension ProjectDistrict: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $project, $districtID] }
}

extension ProjectGoal: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $project, $goal] }
}

extension ProjectTargetGroup: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $project, $targetGroup] }
}
