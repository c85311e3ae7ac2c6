import Foundation

/// A CSV file as rows of fields, read the way registers exported from Excel and older systems
/// actually look: `,` or `;` (or tab) between fields, quotes around fields with separators or
/// line breaks, UTF-8 with or without a byte-order mark, or Windows-1252.
public struct CSVTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The row's number as a spreadsheet shows it: the header is row 1.
        public var number: Int
        public var fields: [String]
    }

    public var header: [String]
    public var rows: [Row]
    public var separator: Character
    public var encoding: String

    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// Binary content, such as an Excel (.xlsx) file or an image.
        case notText
        /// A quote opened on this row is never closed.
        case unclosedQuote(row: Int)
    }

    public static func read(_ data: Data) throws(Problem) -> CSVTable {
        guard !data.isEmpty else { throw .empty }
        guard !data.contains(0) else { throw .notText }
        let (text, encoding) = decode(data)
        let separator = detectSeparator(text)
        let records = try parse(text, separator: separator)
        guard let header = records.first, header.fields.contains(where: { !$0.trimmingWhitespace().isEmpty }) else { throw .empty }
        let rows = records.dropFirst().filter { row in row.fields.contains { !$0.trimmingWhitespace().isEmpty } }
        return CSVTable(header: header.fields.map { $0.trimmingWhitespace() }, rows: Array(rows), separator: separator, encoding: encoding)
    }

    /// UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise Windows-1252,
    /// which is what Swedish Excel writes when it saves "CSV".
    static func decode(_ data: Data) -> (String, String) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return (text, "UTF-8") }
        return (windows1252(bytes), "Windows-1252")
    }

    /// Windows-1252 by table, so it works the same on every platform.
    static func windows1252(_ bytes: Data) -> String {
        let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                              0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The separator that occurs most in the first line, outside quotes.
    static func detectSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted && (character == "\n" || character == "\r\n" || character == "\r") { break }
            if !quoted, counts[character] != nil { counts[character, default: 0] += 1 }
        }
        let best = counts.max { a, b in a.value == b.value ? a.key == ";" : a.value < b.value }
        return (best?.value ?? 0) > 0 ? best!.key : ","
    }

    static func parse(_ text: String, separator: Character) throws(Problem) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return iterator.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.trimmingWhitespace().isEmpty {
                field = ""
                quoted = true
            } else if character == separator {
                fields.append(field)
                field = ""
            } else if character.isNewline {
                fields.append(field)
                rows.append(Row(number: rows.count + 1, fields: fields))
                fields = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if quoted { throw .unclosedQuote(row: rows.count + 1) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append(Row(number: rows.count + 1, fields: fields))
        }
        return rows
    }
}
