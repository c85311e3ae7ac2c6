/// Names compared the way people mean them: "IFK Örebro", "ifk  örebro" and "IFK Örebro."
/// are the same association. Used for duplicate warnings and import matching.
public enum AssociationName {
    public static func normalized(_ name: String) -> String {
        Words.of(name).joined(separator: " ")
    }

    /// The key a directory sorts by, in Swedish alphabetical order under a plain byte comparison
    /// (so one index serves it on both databases): å, ä, ö come after z, in that order; é is e
    /// and ü is y, as Swedish dictionaries sort them.
    public static func sortKey(_ name: String) -> String {
        var key = ""
        for character in normalized(name) {
            switch character {
            case "å": key.append("{")
            case "ä", "æ": key.append("|")
            case "ö", "ø": key.append("}")
            case "é", "è", "ê", "ë": key.append("e")
            case "ü": key.append("y")
            case "á", "à", "â": key.append("a")
            default: key.append(character)
            }
        }
        return key
    }
}
