import Plot

/// Plot escapes `<` and `>` in text but not attribute values, and it leaves `&name;` sequences
/// as they are. Every dynamic string therefore goes through these helpers.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Node {
    /// Text that is always escaped, whatever it contains.
    public static func safe(_ text: String) -> Node { .raw(HTMLEscaping.escape(text)) }

    /// An attribute whose value is escaped; use it for anything that is not a constant.
    public static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: HTMLEscaping.escape(value))
    }
}

extension Attribute {
    public static func attr(_ name: String, _ value: String) -> Attribute {
        .attribute(named: name, value: HTMLEscaping.escape(value))
    }
}
