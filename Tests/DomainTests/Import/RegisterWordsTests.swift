import Testing
@testable import Domain

@Suite("Reading a register's own words")
struct RegisterWordsTests {
    static let header = ["Namn", "Organisationsnummer", "Kategori", "Stadsdel", "Målgrupp"]
    static let columns = AssociationImportColumn.map(header).columns

    func read(_ fields: [String], _ words: RegisterWords, row: Int = 2) throws -> AssociationImportRow {
        try AssociationImportRow.read(CSVTable.Row(number: row, fields: fields), columns: Self.columns, words: words).get()
    }

    @Test("the built-in vocabulary knows the common national words", arguments: [
        ("Funktionsrätt", AssociationCategory.disability), ("Pensionärsorganisation", .seniors), ("Idrottsklubb", .sport),
        ("Hembygdsförening", .culture), ("Scoutkår", .youth), ("Naturskyddsförening", .environment), ("Studieförbund", .education),
        ("FUNKTIONSRÄTT", .disability), ("pensionärs-organisation", .seniors),
    ])
    func nationalWords(word: String, category: AssociationCategory) {
        #expect(RegisterWords().category(word) == category)
    }

    @Test("the admin's words are read first; districts by their names and by the admin's older names")
    func adminMap() throws {
        let vivalla = DistrictID.make(), varberga = DistrictID.make()
        let words = RegisterWords(districts: [("Vivalla", vivalla), ("Varberga", varberga)], mapped: [
            ("Idrottsförening – fotboll", .category(.sport)), ("Gamla Vivalla", .district(vivalla)),
            ("Daglediga", .targetGroup(.adults)), ("Kultur", .category(.education)),
        ])
        let row = try read(["Bollklubben", "", "idrottsförening-fotboll; Kultur", "GAMLA VIVALLA, Varberga", "Daglediga"], words)
        #expect(row.categories == [.education, .sport])
        #expect(Set(row.districtIDs) == [vivalla, varberga])
        #expect(row.targetGroups == [.adults])
        #expect(row.notes.isEmpty)
        // A word mapped for one list means nothing in another.
        #expect(words.targetGroup("Idrottsförening – fotboll") == nil)
    }

    @Test("unknown words are counted once per row that carries them, per list, most rows first")
    func tally() throws {
        let words = RegisterWords(districts: [("Vivalla", .make())])
        let rows = try [
            read(["A", "", "Golf", "Atlantis", ""], words, row: 2),
            read(["B", "", "golf, GOLF; Bridge", "", "Daglediga"], words, row: 3),
            read(["C", "", "Bridge / Golf", "Atlantis", "Golf"], words, row: 4),
        ]
        #expect(UnmappedWord.tally(rows) == [
            UnmappedWord(kind: .category, word: "Golf", rows: 3), UnmappedWord(kind: .category, word: "Bridge", rows: 2),
            UnmappedWord(kind: .district, word: "Atlantis", rows: 2),
            UnmappedWord(kind: .targetGroup, word: "Daglediga", rows: 1), UnmappedWord(kind: .targetGroup, word: "Golf", rows: 1),
        ])
    }

    @Test("the word form: a word with a letter, a value of its own kind, or forget")
    func draft() {
        let vivalla = DistrictID.make()
        func read(_ values: [String: String], _ kind: RegisterWordKind) -> Result<RegisterWordDraft, FieldErrors> {
            RegisterWordDraft.read(FormFields(values), kind: kind, knownDistricts: [vivalla])
        }
        let saved = try? read(["word": " Gamla  Vivalla ", "meaning": vivalla.description], .district).get()
        #expect(saved?.word == "Gamla  Vivalla")
        #expect(saved?.key == "gamlavivalla")
        #expect(saved?.meaning == .district(vivalla))
        #expect(read(["word": "Golf", "meaning": DistrictID.make().description], .district).problems == ["meaning"])
        #expect(read(["word": "Golf", "meaning": "sport"], .targetGroup).problems == ["meaning"])
        #expect(read(["word": "– / –", "meaning": "sport"], .category).problems == ["word"])
        #expect(read(["word": "", "meaning": ""], .category).problems == ["word", "meaning"])
        let forgotten = try? read(["word": "Golf", "forget": "on"], .category).get()
        #expect(forgotten?.meaning == nil)
        #expect(forgotten?.change(from: .category(.sport)) == .forget(.category(.sport)))
        #expect(saved?.change(from: nil) == .map(.district(vivalla)))
        #expect(saved?.change(from: .district(vivalla)) == RegisterWordDraft.Change.none)
    }
}

extension Result where Failure == FieldErrors {
    /// The fields a refused form names, in order; empty when it was accepted.
    var problems: [String] {
        guard case .failure(let refusal) = self else { return [] }
        return refusal.errors.map(\.field)
    }
}
