import Testing
import Foundation
@testable import Domain

@Suite("Return paths: only this site")
struct ReturnPathTests {
    @Test("known open-redirect bypasses are refused", arguments: [
        "/\t/x", "/\n/x", "/\r/x", "/\\x", "//x", "///x", "https:x", "/\t\\x", "\\/x", "\\\\x",
        "https://evil.example", "//evil.example/konto", "/\r\n/evil.example", "javascript:alert(1)",
        " /x", "/ /x", "/\u{0}/x", "x", "", "%2F%2Fx", "/\u{2028}/x", "/ö",
    ])
    func bypasses(raw: String) {
        #expect(ReturnPath.safe(raw) == nil)
    }

    @Test("a path of this site comes back as it was", arguments: [
        "/", "/konto", "/admin/anvandare?q=a", "/foreningar?q=f%C3%B6r&page=2", "/samrad#svar", "/.//x",
    ])
    func localPaths(raw: String) {
        #expect(ReturnPath.safe(raw) == raw)
    }

    @Test("a very long path is refused")
    func length() {
        #expect(ReturnPath.safe("/" + String(repeating: "a", count: 499)) != nil)
        #expect(ReturnPath.safe("/" + String(repeating: "a", count: 500)) == nil)
    }

    /// Every string of up to four characters from the ones that matter: whatever passes, a
    /// browser on this site follows to this site, whichever way it reads it.
    @Test("exhaustively: nothing that passes leaves the site")
    func exhaustive() throws {
        let alphabet: [String] = ["/", "\\", "\t", "\n", "\r", "x", ":", ".", "@", "%", " ", "?", "#"]
        var strings = [""]
        var checked = 0, passed = 0
        let base = try #require(URL(string: "https://samverka.test/a/b"))
        for _ in 1...4 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            for raw in strings {
                checked += 1
                guard let path = ReturnPath.safe(raw) else { continue }
                passed += 1
                // as a WHATWG browser reads it: tab and newlines gone, backslash a slash
                let browser = raw.replacingOccurrences(of: "\t", with: "").replacingOccurrences(of: "\n", with: "")
                    .replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\\", with: "/")
                #expect(browser == path)
                #expect(path.hasPrefix("/") && !path.hasPrefix("//"), "\(raw.debugDescription)")
                #expect(path.allSatisfy { $0.isASCII && !$0.isWhitespace })
                // as an RFC 3986 client resolves it
                let resolved = URL(string: path, relativeTo: base)?.absoluteURL
                #expect(resolved?.host == "samverka.test" && resolved?.scheme == "https", "\(raw.debugDescription)")
            }
        }
        #expect(checked == 13 + 13 * 13 + 13 * 13 * 13 + 13 * 13 * 13 * 13)
        #expect(passed > 100)
    }
}
