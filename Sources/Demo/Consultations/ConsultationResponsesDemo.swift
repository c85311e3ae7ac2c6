import Vapor
import Fluent
import Domain
import App

/// The demo's answers, invitations and a subscription: the NPF associations are invited to the
/// school's plan and two have answered (public once it closes; the demo representative's own
/// association has not answered yet, so it can be tried); the closed and compiled
/// consultations show their answers.
enum ConsultationResponsesDemo {
    static let texts: [String: [(associationIndex: Int, answers: [String])]] = [
        "GRN 2026/342": [
            (1, ["Planen behöver säga hur eleverna får en lugn plats att gå till.", "Vi kan hålla föräldrautbildning en kväll i månaden."]),
            (2, ["Skriv in att skolan ska fråga eleven själv.", "Vi kommer gärna till skolornas personalmöten."]),
        ],
        "KFN 2026/203": [
            (0, ["Målen är bra, men det behövs lokaler för repetitioner på kvällstid."]),
            (1, ["Vi saknar stöd till små föreningar på landsbygden."]),
        ],
        "KFN 2026/41": [
            (0, ["Nej, blanketten var för lång."]),
            (1, ["Ja, men gör det möjligt att söka två gånger om året."]),
            (2, ["Vi vill kunna söka på mobilen."]),
        ],
    ]

    static let categoryOf: [String: AssociationCategory] = ["GRN 2026/342": .disability, "KFN 2026/203": .culture, "KFN 2026/41": .sport]

    static func seed(_ app: Application, representative: User) async throws {
        let consultations = try await Consultation.query(on: app.db).all()
        let council = try await User.query(on: app.db).filter(\.$isCouncilMember == true).first()
        let now = app.wallClock.now
        try await app.change(label: "demo") { change in
            for consultation in consultations {
                guard let category = categoryOf[consultation.caseNumber] else { continue }
                let associations = try await Association.query(on: change.db).filter(\.$status == .verified)
                    .join(AssociationCategoryTag.self, on: \Association.$id == \AssociationCategoryTag.$association.$id)
                    .filter(AssociationCategoryTag.self, \.$category == category).sort(\.$sortKey).limit(6).all()
                if category == .disability {
                    for association in associations {
                        try await ConsultationInvitation(consultationID: consultation.id!, associationID: association.id!,
                                                         at: consultation.announcedOn).create(on: change.db)
                    }
                }
                let represented = Set(try await Representative.query(on: change.db).filter(\.$user.$id == representative.id!).all()
                    .map { $0.$association.id })
                let answerers = associations.filter { !represented.contains($0.id!) }
                let submitted = min(consultation.closesAt.addingTimeInterval(-3 * 86_400), now.addingTimeInterval(-86_400))
                for (index, answers) in texts[consultation.caseNumber] ?? [] where index < answerers.count {
                    let association = answerers[index]
                    let response = ConsultationResponse(consultationID: consultation.id!, respondent: .association(association.typedID),
                                                        authorID: nil, publicName: association.name)
                    try await submit(response, ResponseDraft(answers: answers), at: submitted, on: change.db)
                }
                if consultation.caseNumber == "KFN 2026/203", let council {
                    let response = ConsultationResponse(consultationID: consultation.id!, respondent: .person(council.typedID),
                                                        authorID: council.id, publicName: council.displayName)
                    try await submit(response, ResponseDraft(comment: "Tänk på att programmet ska gå att läsa på lätt svenska."),
                                     at: submitted, on: change.db)
                }
            }
            let subscriber = Subscriber()
            subscriber.createdAt = now
            subscriber.ownerKey = Respondent.person(representative.typedID).key
            subscriber.$user.id = representative.id
            subscriber.email = representative.email
            subscriber.name = representative.displayName
            subscriber.language = "sv"
            subscriber.frequency = .each
            subscriber.token = SecureToken.make()
            try await subscriber.create(on: change.db)
            try await SubscriberTopic(subscriberID: subscriber.id!, topic: .category(.disability)).create(on: change.db)
            try await change.audit("demo.seed", "consultation_response", "demo", "answers, invitations and a subscription")
        }
    }

    private static func submit(_ response: ConsultationResponse, _ text: ResponseDraft, at date: Date, on db: any Database) async throws {
        response.answers = text.encoded
        response.comment = text.comment
        response.version = 1
        response.submittedAt = date
        try await response.create(on: db)
        try await ConsultationResponseVersion(of: response, at: date).create(on: db)
    }
}
