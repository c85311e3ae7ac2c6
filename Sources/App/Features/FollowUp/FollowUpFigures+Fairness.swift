import Vapor
import Fluent
import SQLKit
import Domain

/// Not only the loudest (N8), measured: the share of the year's cooperation that went to each
/// member band against its share of the register, and how concentrated it is.
extension FollowUpFigures {
    /// Cooperation counts one row per confirmed project partnership begun in the year, call
    /// answer chosen in it and consultation invitation sent in it, per verified association.
    func fairness() async throws -> [FollowUpTable] {
        let verified = AssociationStatus.verified.rawValue
        var register: [MemberBand: Int] = [:]
        var population = 0
        for row in try await sql.raw("""
            SELECT member_band AS b, COUNT(*) AS n FROM \(ident: Association.schema) WHERE status = \(bind: verified) GROUP BY member_band
            """).all() {
            let count = try row.count("n")
            population += count
            if let band = try row.decode(column: "b", as: String?.self).flatMap(MemberBand.init) { register[band] = count }
        }
        // Per association: its band and how many times it cooperated; every other one held none.
        let held = try await sql.raw(cooperationStatement).all()
        var cooperation: [MemberBand: Int] = [:]
        var histogram: [Int: Int] = [:]
        for row in held {
            let count = try row.count("n")
            histogram[count, default: 0] += 1
            if let band = try row.decode(column: "b", as: String?.self).flatMap(MemberBand.init) { cooperation[band, default: 0] += count }
        }
        histogram[0] = max(0, population - held.count)
        let bands = BandFairness.compare(register: register, cooperation: cooperation)
        let small = BandFairness.smallShare(bands)
        return [
            FollowUpTable(
                section: .fairness, columns: ["registeredAssociations", "shareOfRegister", "cooperations", "shareOfCooperation"], charted: [1, 3],
                rows: bands.map { row in
                    .init(key: row.band.rawValue, label: .term("memberBand.\(row.band.rawValue)"), values: [
                        .count(row.registered), .share(row.registerShare), .count(row.cooperations), .share(row.cooperationShare),
                    ])
                } + [.init(key: "small", label: .term("followUp.row.small"), values: [
                    .count(bands.filter { BandFairness.small.contains($0.band) }.map(\.registered).reduce(0, +)), .share(small.register),
                    .count(bands.filter { BandFairness.small.contains($0.band) }.map(\.cooperations).reduce(0, +)), .share(small.cooperation),
                ])]),
            FollowUpTable(
                section: .concentration, columns: ["value"], charted: [],
                rows: [.init(key: "topTenShare", label: .term("followUp.row.topTenShare"), values: [.share(Concentration.topShare(histogram))]),
                       .init(key: "gini", label: .term("followUp.row.gini"), values: [.measure(Concentration.gini(histogram))])]),
        ]
    }

    /// `CROSS JOIN`: SQLite then looks each cooperating association up by its id (in the
    /// (id, status, member_band) index alone), rather than walking every verified association's
    /// row to find them (1.3 s at 250 000 with a cold cache, against 0.02 s); PostgreSQL orders
    /// the join itself either way.
    var cooperationStatement: SQLQueryString {
        """
        SELECT a.member_band AS b, x.n AS n FROM (SELECT u.association_id AS association_id, COUNT(*) AS n FROM (
            SELECT p.association_id FROM \(ident: ProjectPartner.schema) p WHERE p.invited_at >= \(bind: from) AND p.invited_at < \(bind: to)
                AND p.association_id IS NOT NULL AND p.status = \(bind: PartnerStatus.confirmed.rawValue)
            UNION ALL SELECT c.association_id FROM \(ident: CallAnswer.schema) c WHERE c.decided_at >= \(bind: from) AND c.decided_at < \(bind: to)
                AND c.status = \(bind: CallAnswerStatus.chosen.rawValue)
            UNION ALL SELECT i.association_id FROM \(ident: ConsultationInvitation.schema) i
                WHERE i.invited_at >= \(bind: from) AND i.invited_at < \(bind: to)
        ) u GROUP BY u.association_id) x CROSS JOIN \(ident: Association.schema) a
        WHERE a.id = x.association_id AND a.status = \(bind: AssociationStatus.verified.rawValue)
        """
    }
}
