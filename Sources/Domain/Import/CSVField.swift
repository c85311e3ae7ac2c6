/// One field of a CSV file we publish. A spreadsheet runs a cell that starts with `=`, `+`,
/// `-` or `@` (or tab or CR before one) as a formula, so such a cell gets a leading `'`, as
/// OWASP advises ("CSV injection"): the reader sees the text, and nothing runs.
public enum CSVField {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public static func written(_ text: String) -> String {
        let safe = text.first.map(formulaStarts.contains) == true ? "'" + text : text
        let needsQuotes = safe.contains { $0 == "," || $0 == "\"" || $0 == ";" || $0.isNewline }
        return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
    }
}
