import Testing
import Foundation
@testable import Domain

/// SHA-1 and HMAC written out here (FIPS 180-4, RFC 2104), so the Domain tests need no crypto
/// library: the RFC vectors below check this as much as the TOTP arithmetic.
enum TestHMAC {
    static func sha1(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
        var data = message + [0x80]
        while data.count % 64 != 56 { data.append(0) }
        let bits = UInt64(message.count) * 8
        data += (0..<8).map { UInt8(truncatingIfNeeded: bits >> (56 - 8 * UInt64($0))) }
        func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
        for chunk in stride(from: 0, to: data.count, by: 64) {
            var w = (0..<16).map { i in (0..<4).reduce(UInt32(0)) { ($0 << 8) | UInt32(data[chunk + 4 * i + $1]) } }
            for i in 16..<80 { w.append(rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1)) }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A827999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1BBCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62C1D6)
                }
                let temp = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
                (e, d, c, b, a) = (d, c, rotl(b, 30), a, temp)
            }
            h = [h[0] &+ a, h[1] &+ b, h[2] &+ c, h[3] &+ d, h[4] &+ e]
        }
        return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
    }

    static let hmacSHA1: TOTP.HMAC = { key, message in
        var key = key.count > 64 ? sha1(key) : key
        key += [UInt8](repeating: 0, count: 64 - key.count)
        return sha1(key.map { $0 ^ 0x5c } + sha1(key.map { $0 ^ 0x36 } + message))
    }
}

@Suite("TOTP (RFC 6238) and base32")
struct TOTPTests {
    static let rfcSecret = Array("12345678901234567890".utf8)
    let totp = TOTP(secret: TOTPTests.rfcSecret, hmac: TestHMAC.hmacSHA1)

    @Test("SHA-1 and HMAC-SHA1 of the test helper match known digests")
    func helper() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(TestHMAC.sha1(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(TestHMAC.hmacSHA1(Array("key".utf8), Array("The quick brown fox jumps over the lazy dog".utf8)))
                == "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9")
    }

    @Test("RFC 6238 appendix B, SHA-1: eight digits at the six test times", arguments: [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ])
    func rfc6238(time: Int64, expected: String) {
        let step = TOTP.step(at: Date(timeIntervalSince1970: TimeInterval(time)))
        #expect(totp.code(step: step, digits: 8) == expected)
        // six digits are the last six of eight (the same number modulo 10^6)
        #expect(totp.code(step: step) == String(expected.suffix(6)))
    }

    @Test("RFC 4226 appendix D: HOTP for counters 0 to 9")
    func rfc4226() {
        let expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]
        #expect((0..<10).map { (step: Int64) in totp.code(step: step) } == expected)
    }

    @Test("a code counts one step either side of now, and only after the last step used")
    func window() {
        let now = Date(timeIntervalSince1970: 1_111_111_111)
        let step = TOTP.step(at: now)
        for offset: Int64 in -3...3 {
            let found = totp.matchingStep(totp.code(step: step + offset), at: now, after: nil)
            #expect(found == (abs(offset) <= 1 ? step + offset : nil), "offset \(offset)")
        }
        let code = totp.code(step: step)
        #expect(totp.matchingStep(code, at: now, after: step - 1) == step)
        #expect(totp.matchingStep(code, at: now, after: step) == nil)
        #expect(totp.matchingStep(totp.code(step: step + 1), at: now, after: step) == step + 1)
        for bad in ["", "12345", "1234567", "abcdef", "12 456", "１２３４５６"] {
            #expect(totp.matchingStep(bad, at: now, after: nil) == nil)
        }
    }

    @Test("base32 round trips, reads what people type, and groups in fours")
    func base32() {
        #expect(Base32.encode(Array("12345678901234567890".utf8)) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI")
        #expect(Base32.decode("mzxw 6ytb-oi") == Array("foobar".utf8))
        #expect(Base32.decode("MZXW1") == nil)
        for length in 0...25 {
            let bytes = (0..<length).map { (index: Int) in UInt8((index * 37 + 11) % 256) }
            #expect(Base32.decode(Base32.encode(bytes)) == bytes)
        }
        #expect(Base32.grouped("GEZDGNBVGY3TQOJQGE") == "GEZD GNBV GY3T QOJQ GE")
    }

    @Test("the otpauth address names the issuer, the account and the parameters")
    func provisioningURI() {
        let uri = TOTP.provisioningURI(secret: TOTPTests.rfcSecret, account: "admin@example.se", issuer: "Samverka Örebro kommun")
        #expect(uri == "otpauth://totp/Samverka%20%C3%96rebro%20kommun:admin%40example.se?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Samverka%20%C3%96rebro%20kommun&algorithm=SHA1&digits=6&period=30")
    }
}

@Suite("Second factor: who, when, and what is typed")
struct SecondFactorTests {
    @Test("required for admins, offered to staff, and asked for once set up", arguments: Actor.Role.allCases)
    func rules(role: Actor.Role) {
        #expect(SecondFactor.isRequired(for: role) == (role == .admin))
        #expect(SecondFactor.isAvailable(for: role) == (role == .admin || role == .staff))
        #expect(SecondFactor.step(role: role, enrolled: true) == .code)
        #expect(SecondFactor.step(role: role, enrolled: false) == (role == .admin ? .setUp : SecondFactor.Step.none))
    }

    @Test("six digits are an app code, sixteen base32 characters a recovery code, anything else a clear error")
    func reading() {
        func read(_ text: String) -> Result<SecondFactor.Entry, FieldErrors> { SecondFactor.read(FormFields(["code": text])) }
        #expect(read("123 456") == .success(.appCode("123456")))
        #expect(read("ABCD-efgh-2345-7zzz") == .success(.recoveryCode("abcdefgh23457zzz")))
        #expect(read("") == .failure(FieldErrors(errors: [FieldError("code", "error.required")])))
        for bad in ["12345", "1234567", "abcd-efgh-ijkl", "abcd-efgh-ijkl-mno1", "<script>"] {
            #expect(read(bad) == .failure(FieldErrors(errors: [FieldError("code", "error.secondFactor.format")])), "\(bad)")
        }
    }

    @Test("recovery codes are written in groups of four and read back however they are typed")
    func recoveryCodes() {
        let code = RecoveryCode.make(from: [UInt8](repeating: 0xA5, count: 10))
        #expect(code.count == 19)
        #expect(code.split(separator: "-").map(\.count) == [4, 4, 4, 4])
        #expect(RecoveryCode.normalized(code.uppercased()) == code.replacingOccurrences(of: "-", with: ""))
        #expect(RecoveryCode.normalized(code.replacingOccurrences(of: "-", with: " ")) != nil)
    }
}
