import Foundation

/// What kind of "no" a refusal is: it decides how the web answers it.
public enum RefusalKind: Sendable, Hashable {
    /// The thing is not there for this person (404), so nobody learns that it exists.
    case notFound
    /// They may see it but not do this (403).
    case forbidden
    /// The thing has moved on since the page was shown (409): someone else acted first.
    case conflict
    /// What was sent is wrong (422); the form comes back with what to fix.
    case invalid
    /// Too many of these lately (429); the form comes back, to be sent again after `retryAt`.
    case limited(retryAt: Date)
}

/// A decision's "no", typed per area (`InquiryRefusal`, …) and said in the catalog's words:
/// a form shows `problems` in its summary and next to their fields, with the values kept.
public protocol Refusal: Error, Sendable {
    var kind: RefusalKind { get }
    var problems: [FieldError] { get }
}

/// Problems with what a form sent, each naming its field.
public struct FieldErrors: Refusal, Equatable {
    public let errors: [FieldError]

    public init(errors: [FieldError]) {
        self.errors = errors
    }

    public var kind: RefusalKind { .invalid }
    public var problems: [FieldError] { errors }
}

extension FieldChecks {
    /// The problems found, as a refusal; nil when there were none.
    public var refusal: FieldErrors? { isValid ? nil : FieldErrors(errors: errors) }
}
