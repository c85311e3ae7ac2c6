import Foundation

/// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six
/// digits, one step of clock drift either way. The HMAC comes from outside (the app's crypto
/// library), so the arithmetic here is plain and tested against the RFC's vectors.
public struct TOTP: Sendable {
    /// HMAC-SHA1 of a message under a key.
    public typealias HMAC = @Sendable (_ key: [UInt8], _ message: [UInt8]) -> [UInt8]

    public static let period: TimeInterval = 30
    public static let digits = 6
    /// Steps either side of now that still count (a phone's clock a little off, a slow typist).
    public static let drift: Int64 = 1

    public let secret: [UInt8]
    let hmac: HMAC

    public init(secret: [UInt8], hmac: @escaping HMAC) {
        self.secret = secret
        self.hmac = hmac
    }

    /// The time step a moment falls in (T in RFC 6238, with T0 = 0).
    public static func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / period).rounded(.down))
    }

    /// The code for one step (HOTP with the step as counter), `digits` long with leading zeros.
    public func code(step: Int64, digits: Int = TOTP.digits) -> String {
        let counter = (0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: step) >> (56 - 8 * $0)) }
        let mac = hmac(secret, counter)
        // Dynamic truncation (RFC 4226 5.3): four bytes from the offset the last nibble names.
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let value = String(binary % modulus)
        return String(repeating: "0", count: digits - value.count) + value
    }

    /// The step a typed code belongs to, within the drift around `date`, and later than the last
    /// step already used (a code works once); nil when it matches none.
    public func matchingStep(_ code: String, at date: Date, after lastUsed: Int64?) -> Int64? {
        guard code.count == Self.digits, code.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let now = Self.step(at: date)
        var found: Int64?
        // Every candidate is computed, so the time taken does not tell which one matched.
        for step in (now - Self.drift)...(now + Self.drift) where constantTimeEquals(self.code(step: step), code) {
            if lastUsed.map({ step > $0 }) ?? true, found == nil { found = step }
        }
        return found
    }

    private func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The `otpauth://` address an authenticator app reads (typed in, or as a QR code elsewhere).
    public static func provisioningURI(secret: [UInt8], account: String, issuer: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: ":&=+?#/@")
        func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text }
        return "otpauth://totp/\(encode(issuer)):\(encode(account))?secret=\(Base32.encode(secret))&issuer=\(encode(issuer))"
            + "&algorithm=SHA1&digits=\(digits)&period=\(Int(period))"
    }
}

/// RFC 4648 base32, the alphabet authenticator apps take secrets in.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = "", buffer: UInt32 = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return out
    }

    /// Reads base32 as people type it: any case, with spaces or dashes, without padding.
    public static func decode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = [], buffer: UInt32 = 0, bits = 0
        for character in text.uppercased() where character != " " && character != "-" && character != "=" {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = (buffer << 5) | UInt32(value)
            bits += 5
            if bits >= 8 {
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits - 8)))
                bits -= 8
            }
        }
        return out
    }

    /// `JBSW Y3DP EHPK 3PXP`: easier to copy by eye.
    public static func grouped(_ text: String, by size: Int = 4) -> String {
        stride(from: 0, to: text.count, by: size).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: size, limitedBy: text.endIndex) ?? text.endIndex)])
        }.joined(separator: " ")
    }
}
