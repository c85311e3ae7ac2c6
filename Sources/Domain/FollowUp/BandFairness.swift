import Foundation

/// Whether cooperation reaches associations of every size (issue 18): each member band's share
/// of the register set beside its share of the cooperations. A band whose cooperation share is
/// well below its register share is being passed over, typically the small associations.
public struct BandFairness: Sendable, Equatable {
    public var band: MemberBand
    /// Associations of this size in the register.
    public var registered: Int
    /// Cooperations in the year that involved an association of this size.
    public var cooperations: Int
    /// `registered` over all registered associations; nil when the register is empty.
    public var registerShare: Double?
    /// `cooperations` over all cooperations; nil when there were none.
    public var cooperationShare: Double?

    public init(band: MemberBand, registered: Int, cooperations: Int, registerShare: Double?, cooperationShare: Double?) {
        self.band = band
        self.registered = registered
        self.cooperations = cooperations
        self.registerShare = registerShare
        self.cooperationShare = cooperationShare
    }

    /// The bands the follow-up calls small: up to 100 members.
    public static let small: Set<MemberBand> = [.upTo25, .upTo100]

    /// One row per band in `MemberBand.allCases` order, so the table and the chart always list
    /// every band, also one with no associations at all.
    public static func compare(register: [MemberBand: Int], cooperation: [MemberBand: Int]) -> [BandFairness] {
        let registerTotal = register.values.reduce(0, +)
        let cooperationTotal = cooperation.values.reduce(0, +)
        return MemberBand.allCases.map { band in
            let registered = register[band] ?? 0
            let cooperations = cooperation[band] ?? 0
            return BandFairness(
                band: band, registered: registered, cooperations: cooperations,
                registerShare: share(registered, of: registerTotal), cooperationShare: share(cooperations, of: cooperationTotal))
        }
    }

    /// The small bands' share of the register and of the cooperations, from the counts (adding
    /// rounded shares would drift); nil where the denominator is 0.
    public static func smallShare(_ rows: [BandFairness]) -> (register: Double?, cooperation: Double?) {
        let smallRows = rows.filter { small.contains($0.band) }
        return (
            register: share(smallRows.reduce(0) { $0 + $1.registered }, of: rows.reduce(0) { $0 + $1.registered }),
            cooperation: share(smallRows.reduce(0) { $0 + $1.cooperations }, of: rows.reduce(0) { $0 + $1.cooperations })
        )
    }

    static func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
