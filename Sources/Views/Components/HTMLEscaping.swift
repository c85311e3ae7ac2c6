import Plot

/// Plot escapes `<` and `>` in text but not attribute values, and it leaves `&name;` sequences
/// as they are. Every dynamic string therefore goes through these helpers.
public enum HTMLEscaping {
    /// Byte by byte: the five characters are ASCII, and no byte of a multi-byte UTF-8 sequence is.
    /// Most text has none of them and is returned as it is, without a copy.
    public static func escape(_ text: String) -> String {
        var text = text
        let first = text.withUTF8 { $0.firstIndex(where: needsEscape) }
        guard let first else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        text.withUTF8 { bytes in
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Whether `text` holds `needle`, compared on the UTF-8 bytes (Foundation's `contains` goes
    /// through NSString: 4 % of a directory page's CPU, for one search of the rendered page).
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard let head = pin.first, pin.count <= hay.count else { return pin.isEmpty }
                var index = 0
                let last = hay.count - pin.count
                while index <= last {
                    if hay[index] == head, bytesEqual(hay, index, pin) { return true }
                    index += 1
                }
                return false
            }
        }
    }

    private static func bytesEqual(_ hay: UnsafeBufferPointer<UInt8>, _ start: Int, _ pin: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 1..<pin.count where hay[start + offset] != pin[offset] { return false }
        return true
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
