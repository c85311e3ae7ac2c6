import Testing
@testable import Views

@Suite("HTML escaping and the byte search on rendered pages")
struct HTMLEscapingTests {
    @Test("the five characters are escaped anywhere, å ä ö and emoji around them kept")
    func escape() {
        #expect(HTMLEscaping.escape("") == "")
        #expect(HTMLEscaping.escape("Föreningen Åsen") == "Föreningen Åsen")
        #expect(HTMLEscaping.escape("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        #expect(HTMLEscaping.escape("Kör & Co \"Ö\"") == "Kör &amp; Co &quot;Ö&quot;")
        #expect(HTMLEscaping.escape("ä<ö>🎵&") == "ä&lt;ö&gt;🎵&amp;")
        #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
    }

    @Test("contains finds a needle at the start, the middle and the end, and not a near miss")
    func contains() {
        let page = "<main><div id=\"error-summary\">Fel</div></main>"
        #expect(HTMLEscaping.contains(page, "id=\"error-summary\""))
        #expect(HTMLEscaping.contains(page, "<main>"))
        #expect(HTMLEscaping.contains(page, "</main>"))
        #expect(!HTMLEscaping.contains(page, "id=\"error-summary2\""))
        #expect(!HTMLEscaping.contains("id=\"error-summar", "id=\"error-summary\""))
        #expect(HTMLEscaping.contains("åäö", "äö"))
        #expect(!HTMLEscaping.contains("", "a"))
        #expect(HTMLEscaping.contains("a", ""))
    }
}
