import Vapor
import Fluent
import Domain
import Views

/// The admin's map from the words of the municipality's registers to Samverka's categories,
/// districts and target groups; the import report links here for each word it did not know.
struct RegisterWordsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.registerWords), .permission(.importAssociations), use: list)
        routes.get(.admin(.registerWord(.key)), .permission(.importAssociations), use: edit)
        routes.post(.admin(.registerWord(.key)), .permission(.importAssociations), use: save)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"), size: PageRequest.maximumSize)
        let total = try await RegisterWord.query(on: req.db).count()
        let words = try await RegisterWord.query(on: req.db).sort(\.$kind).sort(\.$key).range(page.offset..<(page.offset + page.size)).all()
        let rows = words.compactMap { word in word.meaning.map { RegisterWordsPage.Row(word: word.word, meaning: $0) } }
        let districtIDs = words.compactMap { $0.$district.id }
        let districts = districtIDs.isEmpty ? [] : try await District.query(on: req.db).filter(\.$id ~~ districtIDs).all()
        let names = Dictionary(uniqueKeysWithValues: districts.map { ($0.typedID, $0.name) })
        let html = RegisterWordsPage(words: try req.paged(items: rows, page: page, total: total), districtNames: names).render(try await req.page())
        return req.html(html)
    }

    /// The form for one word, `?ord=` filled in from the import report or the list.
    @Sendable func edit(_ req: Request) async throws -> Response {
        let kind = try Self.kind(req)
        let word = ((try? req.query.get(String.self, at: "ord")) ?? "").trimmingWhitespace()
        let current = try await Self.find(kind, RegisterWords.key(word), on: req.db)
        var fields = FormFields(["word": current?.word ?? word])
        fields.set("meaning", current?.meaning?.formValue)
        return try await render(req, kind, FormState(fields: fields), isMapped: current != nil)
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let kind = try Self.kind(req)
        return try await req.answerForm(render: { form, status in
            let current = try await Self.find(kind, RegisterWords.key(form["word"]), on: req.db)
            return try await render(req, kind, form, isMapped: current != nil, status: status)
        }, perform: { fields in
            let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
            let draft = try RegisterWordDraft.read(fields, kind: kind, knownDistricts: districts).get()
            do {
                try await req.change { change in try await Self.apply(draft, in: change) }
            } catch is Unchanged {
                // Saved as it already was, or forgotten when it was not mapped: nothing to record.
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // Two admins saving a new word at once: the second meets the unique index.
                throw RegisterWordConflict()
            }
            return SiteURL.admin(.registerWords).path(query: [("notice", draft.meaning == nil ? "wordForgotten" : "wordSaved")])
        })
    }

    private struct Unchanged: Error {}

    /// Creates, changes or removes the word's row as the draft says, decided on the row as it is
    /// inside the change (held against another admin saving the same word), with its audit line.
    private static func apply(_ draft: RegisterWordDraft, in change: Change) async throws {
        var current = try await find(draft.kind, draft.key, on: change.db)
        if let id = current?.id, try await RegisterWord.lock(id, on: change.db) {
            current = try await RegisterWord.find(id, on: change.db)
        }
        let subject = "\(draft.kind.rawValue) \"\(draft.word)\""
        let summary: String
        switch (current, draft.change(from: current?.meaning)) {
        case (_, .none), (nil, .remap), (nil, .forget):
            throw Unchanged()
        case (_, .map(let meaning)):
            try await RegisterWord(word: draft.word, key: draft.key, meaning: meaning).create(on: change.db)
            summary = "\(subject) → \(meaning.formValue)"
        case (let word?, .remap(let old, let new)):
            word.word = draft.word
            word.meaning = new
            try await word.update(on: change.db)
            summary = "\(subject): \(old.formValue) → \(new.formValue)"
        case (let word?, .forget(let old)):
            try await word.delete(on: change.db)
            summary = "\(subject): \(old.formValue) → forgotten"
        }
        try await change.audit("import.word", RegisterWord.schema, draft.kind.rawValue + ":" + draft.key, summary)
    }

    private func render(_ req: Request, _ kind: RegisterWordKind, _ form: FormState, isMapped: Bool,
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let districts = kind == .district ? try await AssociationStore.districtOptions(on: req.db) : []
        let page = RegisterWordPage(kind: kind, form: form, districts: districts, isMapped: isMapped)
        return req.html(page.render(try await req.page()), status: status)
    }

    private static func kind(_ req: Request) throws -> RegisterWordKind {
        guard let kind = req.parameters.get("kind").flatMap(RegisterWordKind.init(pathSegment:)) else { throw Abort(.notFound) }
        return kind
    }

    private static func find(_ kind: RegisterWordKind, _ key: String, on db: any Database) async throws -> RegisterWord? {
        key.isEmpty ? nil : try await RegisterWord.query(on: db).filter(\.$kind == kind).filter(\.$key == key).first()
    }
}
