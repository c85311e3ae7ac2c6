/// Splits text into lower-case words of letters and digits; everything else separates words.
/// Shared by name matching and search so both see the same words.
public enum Words {
    public static func of(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
