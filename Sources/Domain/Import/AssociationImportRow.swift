/// One row of an association register, read into the registry's vocabulary. What cannot be
/// read is kept as a note for the report, never silently dropped.
public struct AssociationImportRow: Sendable, Equatable {
    public var number: Int
    public var name: String
    public var orgNumber: OrgNumber?
    public var legalForm: LegalForm?
    public var categories: [AssociationCategory]
    public var districtIDs: [DistrictID]
    public var targetGroups: [TargetGroup]
    public var competences: String
    public var memberBand: MemberBand?
    public var description: String
    public var website: String
    public var email: String
    public var phone: String
    /// Values that could not be understood, as (column, value), for "needs review".
    public var notes: [Note]

    public struct Note: Sendable, Equatable {
        public var column: AssociationImportColumn
        public var value: String

        public init(column: AssociationImportColumn, value: String) {
            self.column = column
            self.value = value
        }
    }

    public enum Rejection: Error, Sendable, Equatable {
        case emptyName
        case badOrgNumber(OrgNumber.Problem, String)
    }

    /// Reads a row; a row without a name or with an impossible organisation number is rejected.
    /// Categories, districts and target groups are read with `words`.
    public static func read(_ row: CSVTable.Row, columns: [AssociationImportColumn: Int],
                            words: RegisterWords) -> Result<AssociationImportRow, Rejection> {
        func value(_ column: AssociationImportColumn) -> String {
            guard let index = columns[column], index < row.fields.count else { return "" }
            return row.fields[index].trimmingWhitespace()
        }
        let name = value(.name)
        guard !name.isEmpty else { return .failure(.emptyName) }
        var orgNumber: OrgNumber?
        let rawNumber = value(.orgNumber)
        if !rawNumber.isEmpty {
            switch OrgNumber.parse(rawNumber) {
            case .success(let number): orgNumber = number
            case .failure(let problem): return .failure(.badOrgNumber(problem, rawNumber))
            }
        }
        var notes: [Note] = []
        func list<T>(_ column: AssociationImportColumn, _ parse: (String) -> T?) -> [T] {
            value(column).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "|" })
                .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                .compactMap { item in
                    if let parsed = parse(item) { return parsed }
                    notes.append(Note(column: column, value: item))
                    return nil
                }
        }
        let legalRaw = value(.legalForm)
        let legalForm = legalRaw.isEmpty ? nil : ImportVocabulary.legalForm(legalRaw)
        if !legalRaw.isEmpty && legalForm == nil { notes.append(Note(column: .legalForm, value: legalRaw)) }
        let bandRaw = value(.memberBand)
        let band = bandRaw.isEmpty ? nil : ImportVocabulary.memberBand(bandRaw)
        if !bandRaw.isEmpty && band == nil { notes.append(Note(column: .memberBand, value: bandRaw)) }
        let email = value(.email)
        if !email.isEmpty && EmailAddress(email) == nil { notes.append(Note(column: .email, value: email)) }
        return .success(AssociationImportRow(
            number: row.number, name: name, orgNumber: orgNumber, legalForm: legalForm,
            categories: Array(Set(list(.categories, words.category))).sorted { $0.rawValue < $1.rawValue },
            districtIDs: Array(Set(list(.districts, words.district))).sorted(),
            targetGroups: Array(Set(list(.targetGroups, words.targetGroup))).sorted { $0.rawValue < $1.rawValue },
            competences: value(.competences), memberBand: band, description: value(.description),
            website: ImportVocabulary.website(value(.website)), email: EmailAddress(email)?.value ?? "",
            phone: value(.phone), notes: notes))
    }
}
