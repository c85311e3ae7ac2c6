import Testing
import Foundation
@testable import Domain

@Suite("Passwords, e-mail addresses and sign-in throttling")
struct AccountRulesTests {
    let rules = PasswordRules(commonPasswords: ["password1234", "qwertyuiopas"])

    @Test("password length bounds and the common list", arguments: [
        ("kort", PasswordRules.Problem.tooShort), (String(repeating: "a", count: 11), .tooShort),
        (String(repeating: "a", count: 129), .tooLong), ("Password1234", .tooCommon), ("QWERTYUIOPAS", .tooCommon),
    ])
    func refused(password: String, problem: PasswordRules.Problem) {
        #expect(rules.check(password) == problem)
    }

    @Test("no composition rules: a long phrase of plain words is fine, and so is 12 or 128 characters")
    func accepted() {
        #expect(rules.check("korrekt häst batteri") == nil)
        #expect(rules.check(String(repeating: "ö", count: 12)) == nil)
        #expect(rules.check(String(repeating: "b", count: 128)) == nil)
    }

    @Test("the password may not be the e-mail address")
    func sameAsEmail() {
        #expect(rules.check("Namn@Example.org", email: "namn@example.org") == .sameAsEmail)
    }

    @Test("e-mail addresses are normalised and checked for shape", arguments: [
        (" Kim@Example.ORG ", "kim@example.org"), ("åsa.öberg@förening.se", "åsa.öberg@förening.se"),
    ])
    func emailAccepted(raw: String, normalised: String) {
        #expect(EmailAddress(raw)?.value == normalised)
    }

    @Test("malformed addresses are refused", arguments: [
        "", "kim", "kim@", "@example.org", "kim@example", "kim@@example.org", "kim @example.org", "kim@example..org",
        "kim@.example.org", "<kim@example.org>", "a,b@example.org", "kim@exa_mple.org",
    ])
    func emailRefused(raw: String) {
        #expect(EmailAddress(raw) == nil)
    }

    @Test("five account failures lock until the first leaves the 15-minute window")
    func accountThrottle() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let throttle = LoginThrottle()
        let four = (1...4).map { now.addingTimeInterval(Double(-$0 * 60)) }
        #expect(throttle.lockedUntil(accountFailures: four, clientFailures: [], now: now) == nil)
        let five = four + [now.addingTimeInterval(-10 * 60)]
        #expect(throttle.lockedUntil(accountFailures: five, clientFailures: [], now: now) == now.addingTimeInterval(5 * 60))
        let old = five.map { $0.addingTimeInterval(-20 * 60) }
        #expect(throttle.lockedUntil(accountFailures: old, clientFailures: [], now: now) == nil)
    }

    @Test("twenty failures from one address lock it too")
    func addressThrottle() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let failures = (1...20).map { now.addingTimeInterval(Double(-$0 * 30)) }
        #expect(LoginThrottle().lockedUntil(accountFailures: [], clientFailures: Array(failures.prefix(19)), now: now) == nil)
        let until = LoginThrottle().lockedUntil(accountFailures: [], clientFailures: failures, now: now)
        #expect(until == now.addingTimeInterval(-600 + 900))
    }
}
