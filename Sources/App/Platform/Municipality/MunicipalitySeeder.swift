import Vapor
import Fluent
import Domain

/// Puts the municipality file into the database on first start. Later starts leave the
/// data alone, so what the admin has edited stays edited.
package enum MunicipalitySeeder {
    package static func seedIfNeeded(_ app: Application) async throws {
        guard try await AppMeta.find(AppMeta.municipalitySeededKey, on: app.db) == nil else { return }
        let config = app.municipality
        try await app.change(label: "seed") { change in
            for (index, entry) in config.departments.enumerated() {
                let department = Department(
                    slug: entry.slug, name: entry.name, kind: Department.Kind(rawValue: entry.kind) ?? .department,
                    position: index, isCoordinator: entry.coordinator ?? false,
                    email: entry.entryPoint.email, phone: entry.entryPoint.phone, address: entry.entryPoint.address,
                    openingHours: entry.entryPoint.openingHours, description: entry.description ?? "")
                try await department.create(on: change.db)
            }
            for (index, entry) in config.districts.enumerated() {
                try await District(slug: entry.slug, name: entry.name, kind: District.Kind(rawValue: entry.kind) ?? .district,
                                   position: index).create(on: change.db)
            }
            for goal in config.sdgs {
                try await SustainableGoal(number: goal.number, nameSv: goal.name, nameEn: goal.nameEn).create(on: change.db)
            }
            for (index, principle) in config.principles.enumerated() {
                try await Principle(position: index, nameSv: principle.name, nameEn: principle.nameEn,
                                    summarySv: principle.summary, summaryEn: principle.summaryEn).create(on: change.db)
            }
            try await AgreementTextSeed.seed(config, demo: app.settings.isDemo, in: change)
            try await AppMeta(key: AppMeta.municipalitySeededKey, value: "\(change.now)").create(on: change.db)
            try await change.audit("municipality.seed", "municipality", config.slug,
                                   "\(config.departments.count) departments, \(config.districts.count) districts")
        }
    }
}
