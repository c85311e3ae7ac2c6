import Testing
import Foundation
@testable import Domain

@Suite("CSV fields we publish")
struct CSVFieldTests {
    @Test("a cell a spreadsheet would run gets a leading quote mark", arguments: [
        ("=1+1", "'=1+1"), ("+46 70", "'+46 70"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"), ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""), ("\r=1", "\"'\r=1\""),
    ])
    func neutralised(text: String, written: String) {
        #expect(CSVField.written(text) == written)
    }

    @Test("other cells are as before: quoted only when they must be", arguments: [
        ("Föreningen Ö", "Föreningen Ö"), ("a, b", "\"a, b\""), ("kultur;idrott", "\"kultur;idrott\""), ("", ""),
        ("802000-1234", "802000-1234"), ("Säg \"hej\"", "\"Säg \"\"hej\"\"\""), ("1=1", "1=1"), ("a\nb", "\"a\nb\""),
    ])
    func unchanged(text: String, written: String) {
        #expect(CSVField.written(text) == written)
    }

    @Test("exhaustively over the first character: only the six starts are changed")
    func firstCharacter() {
        for value in 0..<0x80 {
            let first = Character(Unicode.Scalar(UInt8(value)))
            let text = String(first) + "x"
            var written = CSVField.written(text)
            if written.hasPrefix("\""), written.hasSuffix("\"") {
                written = String(written.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            }
            let expected = ["=", "+", "-", "@", "\t", "\r"].contains(first)
            #expect((written == "'" + text) == expected, "\(value)")
            #expect((written == text) == !expected, "\(value)")
        }
    }
}
