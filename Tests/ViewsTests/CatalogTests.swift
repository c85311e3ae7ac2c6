import Testing
@testable import Views

@Suite("The Swedish and English catalogs")
struct CatalogTests {
    @Test("both catalogs have exactly the same keys")
    func sameKeys() {
        let sv = Catalog.sv.keys, en = Catalog.en.keys
        #expect(sv.subtracting(en).isEmpty, "missing in en: \(sv.subtracting(en).sorted())")
        #expect(en.subtracting(sv).isEmpty, "missing in sv: \(en.subtracting(sv).sorted())")
        #expect(sv.count > 200)
    }

    @Test("no text is empty, and placeholders match between the languages")
    func placeholders() {
        for key in Catalog.sv.keys {
            let sv = Catalog.sv.text(key), en = Catalog.en.text(key)
            #expect(!sv.trimmingCharacters(in: .whitespaces).isEmpty, "sv \(key) is empty")
            #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "en \(key) is empty")
            #expect(placeholders(sv) == placeholders(en), "\(key): placeholders differ")
        }
    }

    @Test("values fill placeholders; a missing key is visible")
    func lookup() {
        #expect(Catalog.sv.text("error.tooLong", ["max": "100"]) == "Skriv högst 100 tecken.")
        #expect(Catalog.en.text("no.such.key") == "⟦no.such.key⟧")
    }

    func placeholders(_ text: String) -> Set<String> {
        var found = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
