/// The languages of the interface. Swedish is the default; every text exists in both.
public enum Language: String, Sendable, CaseIterable, Codable {
    case sv, en

    public static let `default` = Language.sv

    /// The other language, for the switch in the header.
    public var other: Language { self == .sv ? .en : .sv }

    public init(cookie: String?) {
        self = cookie.flatMap(Language.init(rawValue:)) ?? .default
    }
}
