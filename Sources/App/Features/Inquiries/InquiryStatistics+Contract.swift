import Foundation
import Domain

extension InquiryStatsController.FiguresDTO: APIObject {
    static let schemaName = "InquiryFigures"
    static var example: Self { .init(InquiryStatistics(count: 10, answered: 8, medianWorkingDaysToAnswer: 3, shareAnsweredInTime: 0.8)) }
    static var refinements: [String: JSONSchema] {
        ["inquiries": .integer(minimum: 0), "answered": .integer(minimum: 0), "ratings": .integer(minimum: 0),
         "medianWorkingDaysToFirstAnswer": .nullable(.number(minimum: 0)),
         "shareAnsweredWithinPromise": .nullable(.number(minimum: 0, maximum: 1)),
         "averageRating": .nullable(.number(minimum: 1, maximum: 5))]
    }
}

extension InquiryStatsController.DepartmentFiguresDTO: APIObject {
    static let schemaName = "DepartmentInquiryFigures"
    static var example: Self { .init(id: UUID(), name: "Socialförvaltningen", figures: .example) }
}

extension InquiryStatsController.ReportDTO: APIObject {
    static let schemaName = "InquiryStatistics"
    static var example: Self { .init(year: 2026, overall: .example, departments: [.example]) }
}
