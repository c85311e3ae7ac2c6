import Testing
import Foundation
@testable import Domain

@Suite("Agreement texts: drafts, fill-in places and who sees them")
struct AgreementPublicationTests {
    @Test("fill-in places are short bracketed phrases on one line, found in order")
    func markers() {
        #expect(AgreementPublication.fillInMarkers(in: "Den antogs [år]. Rådet [Beskriv rådet.] träffas.") == ["[år]", "[Beskriv rådet.]"])
        #expect(AgreementPublication.fillInMarkers(in: "Inga klamrar här.").isEmpty)
        #expect(AgreementPublication.fillInMarkers(in: "Tomma [] räknas inte, inte heller en [rad\nsom bryts].").isEmpty)
        #expect(AgreementPublication.fillInMarkers(in: "[" + String(repeating: "x", count: 200) + "]").isEmpty)
        #expect(AgreementPublication.fillInMarkers(in: "Ett [halvt och ett [helt] ställe") == ["[helt]"])
        #expect(AgreementPublication.fillInMarkers(in: "Ej stängd [ här") == [])
    }

    @Test("publishing names each field that still has places, with the first and how many")
    func problems() {
        let problems = AgreementPublication.publishProblems(fields: [("bodySv", "Antogs [år] av [organ]."), ("bodyEn", "Done."), ("titleSv", "[Rubrik]")])
        #expect(problems == [FieldError("bodySv", "error.fillInMarkers", ["marker": "[år]", "count": "2"]),
                             FieldError("titleSv", "error.fillInMarkers", ["marker": "[Rubrik]", "count": "1"])])
        #expect(AgreementPublication.publishProblems(fields: [("bodySv", "Klar.")]).isEmpty)
    }

    @Test("a draft is seen by those who edit the texts only; a published text by everybody", arguments: Actor.Role.allCases)
    func visibility(role: Actor.Role) {
        let actor = Actor(userID: role == .anonymous ? nil : .make(), role: role, departmentID: .make(), isEntryPointHandler: true)
        #expect(AgreementPublication.maySee(actor, publishedAt: Date()))
        #expect(AgreementPublication.maySee(actor, publishedAt: nil) == (role == .admin))
    }
}
