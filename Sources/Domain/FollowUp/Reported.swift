import Foundation

/// A figure from survey answers as it may be published: the value, or the fact that too few
/// answered for it to be shown. With a handful of answers a result can point at a person
/// ("the one association in Vivalla that answered"), so small groups show no result at all.
public enum Reported<Value: Sendable & Equatable>: Sendable, Equatable {
    case value(Value)
    case tooFewAnswers

    /// The value when it may be shown.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// The one rule for when survey results may be shown (issue 18): at least five answers in the
/// group. Every figure built from answers goes through `report`, so no page can forget it.
public enum AnswerPrivacy {
    /// The smallest group whose result is shown; a group of four shows nothing.
    public static let minimumAnswers = 5

    /// The value, computed only when the group is large enough, so a suppressed figure is never
    /// even worked out (and cannot leak into a log or a cache).
    public static func report<Value: Sendable & Equatable>(answers: Int, _ value: () -> Value) -> Reported<Value> {
        answers >= minimumAnswers ? .value(value()) : .tooFewAnswers
    }
}
