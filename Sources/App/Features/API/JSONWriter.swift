import NIOCore
import Vapor

/// Writes JSON straight into a byte buffer, for the API's hottest answers.
///
/// Foundation's JSONEncoder builds a tree of boxed values before it writes a byte; on the
/// uncached search API at national scale it was about a tenth of the server's CPU (perf, see
/// bench/RESULTS.md). Written by hand because no package on our list does this; it covers what
/// the API sends — strings, integers, booleans, null, arrays and objects — escaped as RFC 8259
/// asks. A test decodes what it writes with JSONDecoder and compares it with the same values.
struct JSONWriter {
    private(set) var buffer: ByteBuffer
    private var needsComma = false
    private static let hex = Array("0123456789abcdef".utf8)

    init(capacity: Int = 4096) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    /// `{ … }`: `body` writes the members with `key(_:)` and a value each.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        buffer.writeInteger(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        buffer.writeInteger(UInt8(ascii: "}"))
        needsComma = true
    }

    /// `[ … ]` with one value written by `each` per element.
    mutating func array<S: Sequence>(_ elements: S, _ each: (inout JSONWriter, S.Element) -> Void) {
        separate()
        buffer.writeInteger(UInt8(ascii: "["))
        needsComma = false
        for element in elements { each(&self, element) }
        buffer.writeInteger(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func key(_ name: StaticString) {
        separate()
        buffer.writeInteger(UInt8(ascii: "\""))
        buffer.writeStaticString(name)
        buffer.writeStaticString("\":")
        needsComma = false
    }

    mutating func string(_ value: String?) {
        separate()
        guard var text = value else { return literal("null") }
        buffer.writeInteger(UInt8(ascii: "\""))
        // Native strings are contiguous UTF-8: scanned as raw bytes, and written in runs between
        // the bytes that need escaping (most strings have none).
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): buffer.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                default:
                    buffer.writeStaticString("\\u00")
                    buffer.writeInteger(Self.hex[Int(byte >> 4)])
                    buffer.writeInteger(Self.hex[Int(byte & 0xF)])
                }
                start = index + 1
            }
            buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) {
        separate()
        buffer.writeString(String(value))
    }

    mutating func bool(_ value: Bool) {
        separate()
        literal(value ? "true" : "false")
    }

    private mutating func literal(_ text: StaticString) {
        buffer.writeStaticString(text)
        needsComma = true
    }

    /// A value written before by a `JSONWriter` (an item kept as its JSON), as it is.
    mutating func written(_ value: ByteBuffer) {
        separate()
        buffer.writeImmutableBuffer(value)
    }

    /// A comma before every value but the first in an object or array (a key's value follows its colon).
    private mutating func separate() {
        if needsComma { buffer.writeInteger(UInt8(ascii: ",")) }
        needsComma = true
    }
}

/// A value the API writes with `JSONWriter` instead of JSONEncoder; its members and their order are
/// its Codable type's own, and a test compares the two (JSONWriterTests).
protocol JSONWritable {
    func write(to json: inout JSONWriter)
}

extension APIPage where Item: JSONWritable {
    /// A JSON response, as Vapor's `Content` would send it.
    func response() -> Response { Self.response(items, page: page, per: per, total: total) }

    /// The same answer from items in another form that writes the same JSON (kept already written, say).
    static func response(_ items: [some JSONWritable], page: Int, per: Int, total: Int) -> Response {
        var json = JSONWriter(capacity: 256 + items.count * 512)
        json.object { json in
            json.key("items"); json.array(items) { json, item in item.write(to: &json) }
            json.key("page"); json.int(page)
            json.key("per"); json.int(per)
            json.key("total"); json.int(total)
        }
        return Response.json(json)
    }
}

extension Response {
    static func json(_ json: JSONWriter) -> Response {
        let response = Response(status: .ok, body: .init(buffer: json.buffer))
        response.headers.contentType = .json
        return response
    }
}
