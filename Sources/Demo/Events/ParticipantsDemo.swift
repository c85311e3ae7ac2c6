import Vapor
import Fluent
import Domain
import App

/// Associations taking part in the demo's Föreningarnas dag in Föreningarnas hus and in Vivalla:
/// verified associations of the district (any, for the house in the centre), most confirmed,
/// a couple still waiting for the organiser. The demo representative's own associations are
/// left out, so the sign-up can be tried; the later days have no sign-ups yet.
enum ParticipantsDemo {
    static let offers: [(ParticipationKind, String, [ParticipationNeed])] = [
        (.table, "Information om verksamheten och hur man blir medlem.", [.table]),
        (.workshop, "Prova på, var trettionde minut, för barn och vuxna.", [.electricity]),
        (.table, "Fika och samtal om vad vi gör i området.", [.table, .electricity]),
        (.talk, "Ett kort samtal på scenen om hur vi arbetar med unga.", []),
        (.workshop, "Pyssel och lekar för de yngsta.", [.table]),
        (.other, "Vi visar filmen från vårt sommarläger i ett hörn.", [.electricity]),
    ]

    static func seed(_ app: Application) async throws {
        let member = try await User.query(on: app.db).filter(\.$email == DemoAccounts.representativeEmail).first()
        let mine = Set(member == nil ? [] : try await Representative.query(on: app.db).filter(\.$user.$id == member!.id!).all().map { $0.$association.id })
        try await app.change(label: "demo") { change in
            for (title, district, count) in [("Föreningarnas dag i Föreningarnas hus", nil, 8), ("Föreningarnas dag i Vivalla", "vivalla", 5)] as [(String, String?, Int)] {
                guard let event = try await Event.query(on: change.db).filter(\.$title == title).first() else { continue }
                let query = Association.query(on: change.db).filter(\.$status == .verified).sort(\.$sortKey)
                if let district, let place = try await District.query(on: change.db).filter(\.$slug == district).first() {
                    query.join(AssociationDistrict.self, on: \Association.$id == \AssociationDistrict.$association.$id)
                        .filter(AssociationDistrict.self, \.$district.$id == place.id!)
                }
                let chosen = try await query.limit(count + mine.count).all().filter { !mine.contains($0.id!) }.prefix(count)
                for (n, association) in chosen.enumerated() {
                    let (kind, offer, needs) = offers[n % offers.count]
                    let row = EventParticipant(eventID: event.id!, associationID: association.id!, authorID: nil,
                                               draft: ParticipationDraft(kind: kind, offer: offer, needs: needs), at: change.now)
                    // The last two of each day still wait for the organiser's word.
                    if n < chosen.count - 2 {
                        row.status = .confirmed
                        row.decidedAt = change.now
                    }
                    try await row.create(on: change.db)
                }
                try await change.audit("event.participant.signUp", "event", event.id!.uuidString, "demo: \(chosen.count) associations")
            }
        }
    }
}
