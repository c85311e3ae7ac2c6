import Foundation

/// Where an inquiry stands. Received → in progress → answered → closed, and reopened by the
/// person who asked, within a while of closing.
public enum InquiryStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case received, inProgress, answered, closed, reopened

    public var isOpen: Bool { self != .closed }
}

/// The steps of the status machine. Internal notes and ratings change no status and are not steps.
public enum InquiryStep: String, Sendable, Hashable, CaseIterable {
    /// A handler takes it, or it is assigned to one.
    case start
    /// A reply the person who asked can read.
    case reply
    /// The person who asked adds information.
    case addInformation
    /// Sent to another department, which starts from "received".
    case transfer
    case close
    case reopen
}

extension InquiryStatus {
    /// How long after closing the person who asked may reopen it.
    public static let reopenWindow: TimeInterval = 30 * 24 * 3600

    /// The status after `step`, or nil when the step is not allowed now.
    public func after(_ step: InquiryStep) -> InquiryStatus? {
        switch (self, step) {
        case (.closed, .reopen): return .reopened
        case (.closed, _), (_, .reopen): return nil
        case (_, .start): return .inProgress
        case (_, .reply): return .answered
        case (.answered, .addInformation): return .inProgress
        case (_, .addInformation): return self
        case (_, .transfer): return .received
        case (_, .close): return .closed
        }
    }

    public func allows(_ step: InquiryStep) -> Bool { after(step) != nil }

    /// Reopening is allowed for a closed inquiry, within the window.
    public static func mayReopen(closedAt: Date?, now: Date) -> Bool {
        guard let closedAt else { return false }
        return now.timeIntervalSince(closedAt) <= reopenWindow
    }
}
