import Vapor
import Fluent
import Domain
import Views

/// The ladder guide: one question per page, then the recommendation, with the answers in the
/// address so the result can be shared or printed. Nothing is stored. Also as JSON.
struct GuideController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.guide, .everyone, use: guide)
        routes.get(.api(.guide), .everyone, use: api)
    }

    private func answers(_ req: Request, districts: [District]) -> GuideAnswers {
        var query: [String: String] = [:]
        for question in GuideAnswers.Question.allCases {
            if let value = req.query[String.self, at: question.rawValue], value.count <= 64 { query[question.rawValue] = value }
        }
        return GuideAnswers(query: query, knownDistricts: Set(districts.map(\.typedID)))
    }

    struct Recommendation: Sendable {
        var result: GuideResult
        var offerings: [(id: SupportOfferingID, card: SupportCard)]
        var locked: [(id: SupportOfferingID, card: SupportCard)]
        var entryPoint: GuideCatalogue.EntryPoint
    }

    /// The pure recommendation, with the offerings and the entry point it names.
    static func recommend(_ answers: GuideAnswers, catalogue: GuideCatalogue) throws -> Recommendation {
        let result = Guide.recommend(answers, catalogue: catalogue.facts)
        guard let entryPoint = result.departmentID.flatMap({ catalogue.entryPoints[$0] })
                ?? catalogue.fallback.flatMap({ catalogue.entryPoints[$0] })
        else { throw Abort(.serviceUnavailable) }
        func pairs(_ ids: [SupportOfferingID]) -> [(id: SupportOfferingID, card: SupportCard)] {
            ids.compactMap { id in
                catalogue.cards[id].map { card in
                    var card = card
                    card.why = result.why[id] ?? []
                    card.whyCategory = answers.category
                    return (id, card)
                }
            }
        }
        return Recommendation(result: result, offerings: pairs(result.offerings), locked: pairs(result.lockedOfferings), entryPoint: entryPoint)
    }

    @Sendable func guide(_ req: Request) async throws -> Response {
        let districts = try await District.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let answers = answers(req, districts: districts)
        if let question = answers.nextQuestion {
            let page = GuideQuestionPage(answers: answers, question: question,
                                         districts: districts.map { Form.Option($0.typedID, $0.name) })
            return req.html(page.render(try await req.page()))
        }
        let recommendation = try Self.recommend(answers, catalogue: try await req.guideCatalogue)
        let page = GuideResultPage(answers: answers, result: recommendation.result, offerings: recommendation.offerings.map(\.card),
                                   locked: recommendation.locked.map(\.card), entryPoint: recommendation.entryPoint.card,
                                   districtName: districts.first { $0.typedID == answers.district?.districtID }?.name)
        return req.html(page.render(try await req.page()))
    }

    struct OfferingDTO: Content {
        var id: UUID
        var title: String
        var kind: String
        var url: String
    }

    struct ResultDTO: Content {
        var ladderSteps: [Int]
        var reasons: [String]
        var offerings: [OfferingDTO]
        var offeringsAfterJoining: [OfferingDTO]
        var nextSteps: [String]
        var inquiryTopic: String
        var entryPoint: ReferenceDataController.DepartmentDTO
    }

    /// All questions but the district are required; an unknown district counts as "the whole municipality".
    @Sendable func api(_ req: Request) async throws -> ResultDTO {
        let query = APIQuery(req: req)
        guard let want = try query.choice("want", GuideAnswers.Want.self) else { throw APIError(.badRequest, "want is required", field: "want") }
        guard let category = try query.choice("category", AssociationCategory.self) else {
            throw APIError(.badRequest, "category is required", field: "category")
        }
        guard let orgNumber = try query.choice("orgNumber", YesNo.self) else { throw APIError(.badRequest, "orgNumber is required", field: "orgNumber") }
        guard let joined = try query.choice("joined", GuideAnswers.Joined.self) else { throw APIError(.badRequest, "joined is required", field: "joined") }
        guard let capacity = try query.choice("capacity", GuideAnswers.Capacity.self) else {
            throw APIError(.badRequest, "capacity is required", field: "capacity")
        }
        // Anything but a district's id is read as the whole municipality, as before the guide knew districts.
        let district = try query.string("district", max: 64).flatMap(GuideAnswers.Place.init) ?? .everywhere
        let answers = GuideAnswers(want: want, category: category, district: district, hasOrgNumber: orgNumber == .yes, joined: joined, capacity: capacity)
        let recommendation = try Self.recommend(answers, catalogue: try await req.guideCatalogue)
        let base = req.application.baseAddress
        func dto(_ pair: (id: SupportOfferingID, card: SupportCard)) -> OfferingDTO {
            let card = pair.card
            return OfferingDTO(id: pair.id.uuid, title: card.title, kind: card.kind.rawValue, url: base + SiteURL.support(.offering(.value(card.slug))).path)
        }
        let catalog = Catalog.of(req.language)
        return ResultDTO(
            ladderSteps: recommendation.result.steps.map(\.rawValue), reasons: recommendation.result.reasons.map { catalog.text($0) },
            offerings: recommendation.offerings.map(dto), offeringsAfterJoining: recommendation.locked.map(dto),
            nextSteps: recommendation.result.nextSteps.map(\.rawValue), inquiryTopic: recommendation.result.inquiryTopic.rawValue,
            entryPoint: recommendation.entryPoint.dto)
    }

    enum YesNo: String, CaseIterable {
        case yes, no
    }
}
