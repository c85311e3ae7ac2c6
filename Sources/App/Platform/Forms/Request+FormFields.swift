import Vapor
import Domain
import Views

extension Request {
    private struct FieldsKey: StorageKey { typealias Value = FormFields }

    /// What the posted form sent, read from the body once and kept for the CSRF check, the
    /// repeat-post check and the handler. `BodyLimitMiddleware` has collected the body already.
    var formFields: FormFields {
        if let kept = storage[FieldsKey.self] { return kept }
        let fields: FormFields
        if headers.contentType == .urlEncodedForm, let body = body.data {
            fields = FormFields.urlEncoded(body.readableBytesView)
        } else if headers.contentType?.type == "multipart" {
            // A file upload: its handler reads the file; the form's own tokens are all we need here.
            fields = FormFields([Form.csrfFieldName, Form.submissionFieldName].compactMap { name in
                (try? content.get(String.self, at: name)).map { (name, $0) }
            })
        } else {
            fields = FormFields()
        }
        storage[FieldsKey.self] = fields
        return fields
    }
}

extension FormFields {
    /// Reads `application/x-www-form-urlencoded`. `name[]` and `name[0]` (a group of check boxes)
    /// are kept under `name`, in the order sent; bytes that are not UTF-8 become U+FFFD, which
    /// the field checks refuse by name.
    static func urlEncoded<Bytes: Collection>(_ body: Bytes) -> FormFields where Bytes.Element == UInt8 {
        var pairs: [(String, String)] = []
        for part in body.split(separator: UInt8(ascii: "&")) {
            let halves = part.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            var name = decode(halves[0])
            if name.hasSuffix("]"), let open = name.lastIndex(of: "["),
               name[name.index(after: open)..<name.index(before: name.endIndex)].allSatisfy(\.isASCIIDigit) {
                name = String(name[..<open])
            }
            pairs.append((name, halves.count > 1 ? decode(halves[1]) : ""))
        }
        return FormFields(pairs)
    }

    private static func decode<Bytes: Collection>(_ text: Bytes) -> String where Bytes.Element == UInt8 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var index = text.startIndex
        while index != text.endIndex {
            let byte = text[index]
            index = text.index(after: index)
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), let high = hex(text, index), let low = hex(text, text.index(after: index)) {
                bytes.append(high << 4 | low)
                index = text.index(index, offsetBy: 2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex<Bytes: Collection>(_ text: Bytes, _ index: Bytes.Index) -> UInt8? where Bytes.Element == UInt8 {
        guard index != text.endIndex else { return nil }
        switch text[index] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return text[index] - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return text[index] - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return text[index] - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
