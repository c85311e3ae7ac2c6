/// URL-friendly names: "Kultur- och fritidsförvaltningen" → "kultur-och-fritidsforvaltningen".
public enum SlugText {
    public static func make(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            switch character {
            case "å", "ä", "á", "à", "â": slug.append("a")
            case "ö", "ø": slug.append("o")
            case "é", "è", "ê", "ë": slug.append("e")
            case "ü": slug.append("u")
            case "a"..."z", "0"..."9": slug.append(character)
            default: if !slug.isEmpty && !slug.hasSuffix("-") { slug.append("-") }
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "namn" : String(slug.prefix(80))
    }
}
