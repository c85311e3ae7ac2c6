import Vapor
import Fluent
import Domain
import App

/// The demo's offers: the demo representative's NPF association offers a lecture on dyslexia
/// and NPF for school staff, and Grundskoleförvaltningen has answered it (so saying yes or no can
/// be tried); another association's study circle was answered by Kultur- och fritidsförvaltningen
/// and said yes to, so its project has started.
enum OffersDemo {
    static func seed(_ app: Application) async throws {
        let departments = Dictionary(uniqueKeysWithValues: try await Department.query(on: app.db).all().map { ($0.slug, $0) })
        guard let schools = departments["grundskoleforvaltningen"], let culture = departments["kultur-och-fritidsforvaltningen"],
              let member = try await User.query(on: app.db).filter(\.$email == DemoAccounts.representativeEmail).first() else { return }
        let mine = try await Representative.query(on: app.db).filter(\.$user.$id == member.id!).all().map { $0.$association.id }
        let verified = try await Association.query(on: app.db).filter(\.$status == .verified).sort(\.$sortKey).all()
        guard let npf = verified.first(where: { mine.contains($0.id!) && $0.name.hasPrefix("NPF") }),
              let other = verified.first(where: { !mine.contains($0.id!) }) else { return }
        try await app.change(label: "demo") { change in
            let lecture = OfferDraft(
                association: npf.typedID, title: "Föreläsning om dyslexi och NPF för skolpersonal",
                summary: "En eftermiddag för lärare och elevhälsa: hur elever med dyslexi, adhd och autism lär sig, vad som hjälper i "
                    + "klassrummet och hur skolan kan prata med föräldrarna. Två av oss som föreläser har egna barn med NPF.",
                easyRead: "Vi berättar för lärare hur det är att ha dyslexi eller NPF i skolan, och vad som hjälper.",
                competences: ["dyslexi", "npf", "föreläsning"], targetGroups: [.children], cost: "Gratis för kommunens skolor",
                contactName: member.displayName, contactEmail: member.email)
            let offer = Offer(lecture, slug: try await Slug.unique(lecture.title, on: change.db, in: Offer.self), authorID: member.id)
            try await offer.create(on: change.db)
            try await change.audit("offer.create", "offer", offer.id!.uuidString, "demo: \(lecture.title)")
            let answer = OfferAnswer(offerID: offer.id!, departmentID: schools.id!, authorID: nil,
                                     message: "Vi vill gärna ha föreläsningen på studiedagen i mars, för alla skolor i Vivalla och Varberga.",
                                     at: change.now)
            try await answer.create(on: change.db)
            try await change.audit("offer.answer", "offer_answer", answer.id!.uuidString, "demo")
            let circle = OfferDraft(
                association: other.typedID, title: "Studiecirkel i lättläst svenska för nyanlända",
                summary: "Vi leder en studiecirkel en kväll i veckan där vi läser lättlästa texter tillsammans och pratar om dem.",
                easyRead: "Vi läser enkla texter på svenska tillsammans, en kväll i veckan.", competences: ["språk", "studiecirkel"],
                targetGroups: [.newcomers], cost: "Gratis", contactName: "Lena (exempel)")
            let second = Offer(circle, slug: try await Slug.unique(circle.title, on: change.db, in: Offer.self), authorID: nil)
            try await second.create(on: change.db)
            let yes = OfferAnswer(offerID: second.id!, departmentID: culture.id!, authorID: nil,
                                  message: "Biblioteket i Vivalla kan ha cirkeln i sin lokal på tisdagar.", at: change.now)
            try await yes.create(on: change.db)
            yes.status = .chosen
            yes.decidedAt = change.now
            yes.$project.id = try await OfferAnswerController.startProject(from: second, answer: yes, author: "Lena (exempel)", change: change).id
            try await yes.update(on: change.db)
            try await change.audit("offer.create", "offer", second.id!.uuidString, "demo: \(circle.title)")
        }
    }
}
