/// The columns an association register may have, and the header names (Swedish or English,
/// any case, with or without spaces, dashes or underscores) that are read as each.
/// The README lists the same names for people preparing a file.
public enum AssociationImportColumn: String, Sendable, CaseIterable {
    case name, orgNumber, legalForm, categories, districts, targetGroups, competences, memberBand
    case description, website, email, phone

    public static let headerNames: [AssociationImportColumn: [String]] = [
        .name: ["namn", "föreningsnamn", "foreningsnamn", "förening", "forening", "name", "associationname", "organisation", "organization"],
        .orgNumber: ["organisationsnummer", "orgnr", "orgnummer", "organisationsnr", "orgnumber", "organisationnumber", "organizationnumber", "orgno"],
        .legalForm: ["juridiskform", "form", "associationsform", "legalform"],
        .categories: ["kategori", "kategorier", "verksamhet", "inriktning", "category", "categories"],
        .districts: ["stadsdel", "stadsdelar", "område", "omrade", "områden", "omraden", "district", "districts", "area"],
        .targetGroups: ["målgrupp", "malgrupp", "målgrupper", "malgrupper", "targetgroup", "targetgroups"],
        .competences: ["kompetens", "kompetenser", "kunskap", "competence", "competences", "expertise"],
        .memberBand: ["medlemmar", "antalmedlemmar", "medlemsantal", "members", "membercount"],
        .description: ["beskrivning", "om", "description", "about"],
        .website: ["webbplats", "hemsida", "webb", "website", "web", "url"],
        .email: ["epost", "mejl", "email", "mail", "epostadress"],
        .phone: ["telefon", "tel", "telefonnummer", "phone", "telephone"],
    ]

    static func key(_ header: String) -> String {
        String(header.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Which column index holds what; unknown headers are left out (and reported).
    public static func map(_ header: [String]) -> (columns: [AssociationImportColumn: Int], unknown: [String]) {
        var columns: [AssociationImportColumn: Int] = [:]
        var unknown: [String] = []
        for (index, title) in header.enumerated() {
            let key = key(title)
            if let column = allCases.first(where: { headerNames[$0]!.contains(key) }), columns[column] == nil {
                columns[column] = index
            } else if !key.isEmpty {
                unknown.append(title)
            }
        }
        return (columns, unknown)
    }
}
