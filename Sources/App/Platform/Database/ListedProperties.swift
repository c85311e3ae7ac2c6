import Fluent
import NIOConcurrencyHelpers

/// A model that names its property wrappers itself. FluentKit's own `properties` finds them by
/// reflection (`Mirror`) on every access, several times for each row read or written, and warns
/// that this is its largest cost: perf put it at 14 % of the CPU of a question asked. A list is a
/// plain array.
///
/// The list must hold every wrapper, in the order declared: a field left out would be neither
/// saved nor read. In debug builds (every test run) the first use of each model type compares its
/// list with what reflection finds and stops the process when they differ, so a field added and not
/// listed fails the first test that touches the model.
package protocol ListedProperties: Fields {
    var listedProperties: [any AnyProperty] { get }
}

extension ListedProperties {
    package var properties: [any AnyProperty] {
        let listed = listedProperties
        #if DEBUG
        ListedPropertiesCheck.once(self, listed)
        #endif
        return listed
    }
}

enum ListedPropertiesCheck {
    #if DEBUG
    private static let checked = NIOLockedValueBox(Set<ObjectIdentifier>())

    static func once(_ fields: some Fields, _ listed: [any AnyProperty]) {
        guard checked.withLockedValue({ $0.insert(ObjectIdentifier(type(of: fields))).inserted }) else { return }
        if let mismatch = mismatch(fields, listed) { preconditionFailure(mismatch) }
    }
    #endif

    /// What is wrong with `listed` as the list of `fields`' property wrappers; nil: nothing.
    static func mismatch(_ fields: some Fields, _ listed: [any AnyProperty]) -> String? {
        let reflected = Mirror(reflecting: fields).children.compactMap { $0.value as? any AnyProperty }
        guard reflected.map(ObjectIdentifier.init) != listed.map(ObjectIdentifier.init) else { return nil }
        return "\(type(of: fields)).listedProperties names \(listed.count) property wrappers where \(reflected.count) are declared: "
            + "it must name each of them, in the order declared"
    }
}
