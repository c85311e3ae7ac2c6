@testable import App
import Testing
import Fluent

/// Models list their property wrappers (`ListedProperties`); debug builds compare each model's list
/// with reflection on its first use. Here the comparison itself is held to a model of its own.
@Suite("Models list their own fields")
struct ListedPropertiesTests {
    final class Probe: Model, @unchecked Sendable {
        static let schema = "probes"
        @ID(key: .id) var id: UUID?
        @Field(key: "name") var name: String
        @OptionalField(key: "note") var note: String?
        init() {}
    }

    @Test("a list that leaves out a field, or names them out of order, is refused; the whole list in order is not")
    func mismatch() {
        let probe = Probe()
        #expect(ListedPropertiesCheck.mismatch(probe, [probe.$id, probe.$name, probe.$note]) == nil)
        #expect(ListedPropertiesCheck.mismatch(probe, [probe.$id, probe.$name])?.contains("names 2 property wrappers where 3 are declared") == true)
        #expect(ListedPropertiesCheck.mismatch(probe, [probe.$id, probe.$note, probe.$name]) != nil)
        #expect(ListedPropertiesCheck.mismatch(probe, [probe.$id, probe.$name, Probe().$note]) != nil, "another instance's field")
    }

    @Test("a model's list is its wrappers as reflection finds them")
    func modelsAgree() {
        let project = Project(), association = Association()
        #expect(ListedPropertiesCheck.mismatch(project, project.properties) == nil)
        #expect(ListedPropertiesCheck.mismatch(association, association.properties) == nil)
        #expect(project.properties.count == Mirror(reflecting: project).children.count)
    }
}
