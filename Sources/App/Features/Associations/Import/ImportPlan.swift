import Vapor
import Fluent
import Domain
import Views

/// What an import will do with each row, decided before anything is written: rows that cannot
/// be read or repeat an earlier row are skipped; the rest create or fill in associations.
enum ImportPlan {
    struct Row: Sendable {
        var source: AssociationImportRow
        /// The association this row matches, by organisation number or else by name.
        var existingID: UUID?
    }

    /// The rows to apply, the report's lines (rows skipped, rows to review), and the words no map
    /// covers, counted over the rows that will be imported.
    struct Outcome: Sendable {
        var rows: [Row] = []
        var lines: [AssociationImporter.Report.Line] = []
        var unmapped: [UnmappedWord] = []
    }

    static func make(table: CSVTable, columns: [AssociationImportColumn: Int], catalog: Catalog, on db: any Database) async throws -> Outcome {
        let words = try await registerWords(on: db)
        var plan = Outcome()
        var seenNumbers: [String: Int] = [:], seenNames: [String: Int] = [:]
        for record in table.rows {
            switch AssociationImportRow.read(record, columns: columns, words: words) {
            case .failure(.emptyName):
                plan.lines.append(.init(row: record.number, outcome: .skipped, message: catalog.text("import.row.emptyName")))
            case .failure(.badOrgNumber(let problem, let raw)):
                plan.lines.append(.init(row: record.number, outcome: .skipped, message: catalog.text("import.row.badNumber", [
                    "number": raw, "problem": catalog.text("error.orgNumber.\(problem.rawValue)")])))
            case .success(let row):
                let name = AssociationName.normalized(row.name)
                if let earlier = row.orgNumber.flatMap({ seenNumbers[$0.digits] }) ?? seenNames[name] {
                    plan.lines.append(.init(row: row.number, outcome: .skipped, message: catalog.text("import.row.duplicate", ["row": String(earlier)])))
                    continue
                }
                if let number = row.orgNumber { seenNumbers[number.digits] = row.number }
                seenNames[name] = row.number
                if !row.notes.isEmpty {
                    let detail = row.notes.map { note in
                        catalog.text("import.column." + note.column.rawValue) + ": " + note.value
                    }.joined(separator: "; ")
                    plan.lines.append(.init(row: row.number, outcome: .review, message: catalog.text("import.row.review", ["values": detail])))
                }
                plan.rows.append(Row(source: row, existingID: try await match(row, on: db)))
            }
        }
        plan.unmapped = UnmappedWord.tally(plan.rows.map(\.source))
        return plan
    }

    /// The districts' names and the admin's map: both small tables, read once per import.
    static func registerWords(on db: any Database) async throws -> RegisterWords {
        let districts = try await District.query(on: db).sort(\.$position).all().map { (name: $0.name, id: $0.typedID) }
        let mapped = try await RegisterWord.query(on: db).all().compactMap { word in word.meaning.map { (word: word.word, meaning: $0) } }
        return RegisterWords(districts: districts, mapped: mapped)
    }

    /// Organisation number first; a name only when exactly one association has it.
    static func match(_ row: AssociationImportRow, on db: any Database) async throws -> UUID? {
        if let number = row.orgNumber, let found = try await Association.query(on: db).filter(\.$orgNumber == number.formatted).first() {
            return found.id
        }
        let byName = try await Association.query(on: db).filter(\.$normalizedName == AssociationName.normalized(row.name)).limit(2).all()
        return byName.count == 1 && (row.orgNumber == nil || byName[0].orgNumber == nil) ? byName[0].id : nil
    }

    /// Creates the association, or fills in what the existing one lacks. Never overwrites what
    /// is already there: an association's own edits win over an old register.
    static func apply(_ row: Row, options: AssociationImporter.Options, on db: any Database) async throws -> AssociationImporter.Report.Outcome {
        let source = row.source
        let association: Association
        let isNew: Bool
        if let id = row.existingID, let found = try await Association.find(id, on: db) {
            association = found
            isNew = false
        } else {
            association = Association(slug: try await Slug.unique(source.name, on: db, in: Association.self), name: source.name,
                                      status: options.verified ? .verified : .pending, source: "import: \(options.fileName)", createdBy: nil)
            if options.verified { association.verifiedAt = Date() }
            isNew = true
        }
        var changed = false
        func fill(_ keyPath: ReferenceWritableKeyPath<Association, String>, _ value: String) {
            if association[keyPath: keyPath].isEmpty && !value.isEmpty { association[keyPath: keyPath] = value; changed = true }
        }
        fill(\.description, source.description)
        fill(\.competences, source.competences)
        fill(\.website, source.website)
        fill(\.email, source.email)
        fill(\.phone, source.phone)
        if association.orgNumber == nil, let number = source.orgNumber { association.orgNumber = number.formatted; changed = true }
        if association.legalForm == nil, let form = source.legalForm { association.legalForm = form; changed = true }
        if association.memberBand == nil, let band = source.memberBand { association.memberBand = band; changed = true }
        if isNew { try await association.create(on: db) } else if changed { try await association.update(on: db) }
        let id = association.id!
        let addedTags = try await addMissingTags(id, source, on: db)
        if isNew { return .created }
        return changed || addedTags ? .updated : .unchanged
    }

    private static func addMissingTags(_ id: UUID, _ source: AssociationImportRow, on db: any Database) async throws -> Bool {
        var added = false
        let categories = Set(try await AssociationCategoryTag.query(on: db).filter(\.$association.$id == id).all().map(\.category))
        for category in source.categories where !categories.contains(category) {
            try await AssociationCategoryTag(associationID: id, category: category).create(on: db); added = true
        }
        let groups = Set(try await AssociationTargetGroupTag.query(on: db).filter(\.$association.$id == id).all().map(\.targetGroup))
        for group in source.targetGroups where !groups.contains(group) {
            try await AssociationTargetGroupTag(associationID: id, targetGroup: group).create(on: db); added = true
        }
        let districts = Set(try await AssociationDistrict.query(on: db).filter(\.$association.$id == id).all().map { $0.$district.id })
        for district in source.districtIDs where !districts.contains(district.uuid) {
            try await AssociationDistrict(associationID: id, districtID: district.uuid).create(on: db); added = true
        }
        let competences = Set(try await AssociationCompetence.query(on: db).filter(\.$association.$id == id).all().map(\.competence))
        for tag in AssociationDraft.tags(source.competences) where !competences.contains(tag) {
            try await AssociationCompetence(associationID: id, competence: tag).create(on: db); added = true
        }
        return added
    }
}
