import Foundation

/// A municipality's configuration file: who it is, its departments and companies with their
/// entry points, districts, the Agenda 2030 goals and the agreement's principles.
/// The Örebro demo is built in; `SAMVERKA_MUNICIPALITY` names another file.
struct MunicipalityConfig: Codable, Sendable {
    struct EntryPoint: Codable, Sendable {
        var email: String
        var phone: String
        var address: String
        var openingHours: String
    }

    struct DepartmentEntry: Codable, Sendable {
        var slug: String
        var name: String
        var kind: String
        var coordinator: Bool?
        var description: String?
        var entryPoint: EntryPoint
    }

    struct DistrictEntry: Codable, Sendable {
        var slug: String
        var name: String
        var kind: String
    }

    struct Goal: Codable, Sendable {
        var number: Int
        var name: String
        var nameEn: String
    }

    struct PrincipleEntry: Codable, Sendable {
        var name: String
        var nameEn: String
        var summary: String
        var summaryEn: String
    }

    struct Contact: Codable, Sendable {
        var email: String
        var phone: String
        var privacyEmail: String
    }

    var name: String
    var slug: String
    var organisationNumber: String
    var contact: Contact
    /// The date of the latest accessibility assessment, shown in the statement.
    var accessibilityAssessedOn: String
    var departments: [DepartmentEntry]
    var districts: [DistrictEntry]
    var sdgs: [Goal]
    var principles: [PrincipleEntry]

    static func load(file: String?) throws -> MunicipalityConfig {
        let url: URL
        if let file {
            url = URL(fileURLWithPath: file)
        } else if let builtIn = Bundle.module.url(forResource: "orebro", withExtension: "json", subdirectory: "Resources/Municipalities") {
            url = builtIn
        } else {
            throw ConfigProblem(message: "the built-in Örebro configuration is missing")
        }
        let config: MunicipalityConfig
        do {
            config = try JSONDecoder().decode(MunicipalityConfig.self, from: Data(contentsOf: url))
        } catch {
            throw ConfigProblem(message: "\(url.lastPathComponent) is not a valid municipality file: \(error)")
        }
        try config.check()
        return config
    }

    /// Catches the mistakes a hand-written file is likely to have.
    func check() throws {
        func fail(_ message: String) -> ConfigProblem { ConfigProblem(message: message) }
        if departments.isEmpty { throw fail("it lists no departments") }
        if departments.filter({ $0.coordinator == true }).count != 1 {
            throw fail("exactly one department must be the coordinator (\"coordinator\": true)")
        }
        if Set(departments.map(\.slug)).count != departments.count { throw fail("two departments share a slug") }
        if Set(districts.map(\.slug)).count != districts.count { throw fail("two districts share a slug") }
        if let bad = departments.first(where: { !["department", "company"].contains($0.kind) }) {
            throw fail("department \(bad.slug) has kind \(bad.kind); use department or company")
        }
        if let bad = districts.first(where: { !["district", "village"].contains($0.kind) }) {
            throw fail("district \(bad.slug) has kind \(bad.kind); use district or village")
        }
        if sdgs.map(\.number).sorted() != Array(1...17) { throw fail("sdgs must list the goals 1 to 17 once each") }
    }
}

struct ConfigProblem: Error, CustomStringConvertible {
    let message: String
    var description: String { "SAMVERKA_MUNICIPALITY: \(message)" }
}
