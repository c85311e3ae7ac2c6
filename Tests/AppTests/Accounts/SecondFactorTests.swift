@testable import App
@testable import Demo
import Testing
import Vapor
import Fluent
import Domain

@Suite("Second factor: TOTP and recovery codes")
struct SecondFactorTests {
    static let admin = Demo.admin

    /// The codes on a page of recovery codes.
    static func recoveryCodes(in html: String) -> [String] {
        html.components(separatedBy: "<li><code>").dropFirst().compactMap { $0.components(separatedBy: "</code>").first }
    }

    @Test("the app's HMAC-SHA1 (swift-crypto) gives RFC 6238's codes")
    func rfcVectorsWithCrypto() {
        let totp = OneTimeCodes.totp(Array("12345678901234567890".utf8))
        for (time, expected) in [(59, "94287082"), (1_111_111_109, "07081804"), (1_234_567_890, "89005924"), (20_000_000_000, "65353130")] {
            #expect(totp.code(step: Domain.TOTP.step(at: Date(timeIntervalSince1970: TimeInterval(time))), digits: 8) == expected)
        }
    }

    @Test("an admin's password alone opens nothing; the code from the app does")
    func signInWithCode() async throws {
        try await TestApp.run { ctx in
            // setup
            let browser = ctx.browser()
            try await browser.get("/konto/logga-in?return=%2Fadmin")
            // act: the password
            var response = try await browser.post("/konto/logga-in?return=%2Fadmin", ["email": Self.admin, "password": DemoAccounts.password])
            // check: the next step, and no session yet
            #expect(response.location == "/konto/logga-in/kod")
            #expect(try await browser.get("/admin").location?.hasPrefix("/konto/logga-in") == true)
            let page = try await browser.get("/konto/logga-in/kod")
            #expect(page.body.string.contains("autocomplete=\"one-time-code\""))
            #expect(!page.body.string.contains("<script"))
            // a wrong code is refused with a message
            response = try await browser.post("/konto/logga-in/kod", ["code": "000000"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Koden stämmer inte"))
            #expect(try await browser.get("/admin").location?.hasPrefix("/konto/logga-in") == true)
            // act: the right code
            try await browser.get("/konto/logga-in/kod")
            response = try await browser.post("/konto/logga-in/kod", ["code": try await ctx.app.nextCode(for: Self.admin)])
            // check
            #expect(response.location == "/admin")
            #expect(try await browser.get("/admin").status == .ok)
            #expect(try await ctx.audits("user.login").last?.summary == "with password and app code")
        }
    }

    @Test("a code that was used once is refused the second time, even at once from two places")
    func reusedCode() async throws {
        try await TestApp.run { ctx in
            // setup: two browsers past the password, one code
            let first = ctx.browser(), second = ctx.browser()
            for browser in [first, second] {
                #expect(try await browser.submit("/konto/logga-in", ["email": Self.admin, "password": DemoAccounts.password]).location == "/konto/logga-in/kod")
                try await browser.get("/konto/logga-in/kod")
            }
            let code = try await ctx.app.nextCode(for: Self.admin)
            // act
            async let a = first.post("/konto/logga-in/kod", ["code": code])
            async let b = second.post("/konto/logga-in/kod", ["code": code])
            let statuses = [try await a.status, try await b.status]
            // check
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.filter { $0 == .unprocessableEntity }.count == 1)
        }
    }

    @Test("an admin without an app sets one up after the password; its recovery codes each work once")
    func setUpAndRecoveryCodes() async throws {
        try await TestApp.run(demo: false, municipalityFile: TestApp.secondMunicipality) { ctx in
            // setup: an admin as create-admin makes one
            let hash = try await PasswordHasher(cost: 4, threadPool: ctx.app.threadPool).hash(TestApp.adminPassword)
            let user = try await AccountService.createConfirmed(on: ctx.app, email: EmailAddress("admin@sjobacka.example")!, displayName: "Admin",
                                                                passwordHash: hash, role: .admin, departmentID: nil, label: "create-admin")
            let browser = ctx.browser()
            // act: the password leads to setting up an app, and nothing else opens
            let response = try await browser.submit("/konto/logga-in", ["email": user.email, "password": TestApp.adminPassword])
            #expect(response.location == "/konto/logga-in/tvastegs")
            #expect(try await browser.get("/admin").location?.hasPrefix("/konto/logga-in") == true)
            let page = try await browser.get("/konto/logga-in/tvastegs").body.string
            #expect(page.contains("otpauth://totp/Samverka%20Sj%C3%B6backa%20kommun:admin%40sjobacka.example?secret="))
            #expect(page.range(of: #"class="secret-key">([A-Z2-7]{4} ){7}[A-Z2-7]{4}<"#, options: .regularExpression) != nil)
            let sealed = try #require(TestBrowser.field("setup", in: page))
            let secret = try ctx.app.secretBox.open(sealed)
            // a wrong code sets up nothing
            #expect(try await browser.post("/konto/logga-in/tvastegs", ["setup": sealed, "code": "123456"]).status == .unprocessableEntity)
            #expect(try await ctx.app.count(TOTPCredential.self) == 0)
            // the right code: ten recovery codes, shown once, and the session
            try await browser.get("/konto/logga-in/tvastegs")
            let done = try await browser.post("/konto/logga-in/tvastegs",
                                              ["setup": sealed, "code": OneTimeCodes.totp(secret).code(step: Domain.TOTP.step(at: ctx.clock.now))])
            #expect(done.status == .ok)
            let codes = Self.recoveryCodes(in: done.body.string)
            #expect(codes.count == 10)
            #expect(try await browser.get("/admin").status == .ok)
            // stored as hashes only
            let stored = try await RecoveryCodeRecord.query(on: ctx.app.db).all().map(\.codeHash)
            #expect(stored.count == 10 && codes.allSatisfy { code in !stored.contains { $0.contains(code.replacingOccurrences(of: "-", with: "")) } })
            // act: a recovery code instead of the app, twice
            for (index, expected) in [(0, HTTPStatus.seeOther), (1, .unprocessableEntity)] {
                let other = ctx.browser()
                #expect(try await other.submit("/konto/logga-in", ["email": user.email, "password": TestApp.adminPassword]).location == "/konto/logga-in/kod")
                try await other.get("/konto/logga-in/kod")
                let used = try await other.post("/konto/logga-in/kod", ["code": codes[0].uppercased()])
                #expect(used.status == expected, "use \(index + 1)")
            }
            #expect(try await SecondFactorStore.unusedRecoveryCodes(user.id!, on: ctx.app.db) == 9)
            #expect(try await ctx.audits("user.login").last?.summary == "with password and recovery code")
        }
    }

    @Test("five wrong codes end the half-done sign-in; the password has to be given again")
    func fiveTries() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.submit("/konto/logga-in", ["email": Self.admin, "password": DemoAccounts.password])
            for _ in 1...SecondFactor.attemptsPerSignIn {
                try await browser.get("/konto/logga-in/kod")
                #expect(try await browser.post("/konto/logga-in/kod", ["code": "000000"]).status == .unprocessableEntity)
            }
            let response = try await browser.post("/konto/logga-in/kod", ["code": try await ctx.app.nextCode(for: Self.admin)])
            #expect(response.status == .gone)
            #expect(response.body.string.contains("Logga in igen"))
            #expect(try await browser.get("/admin").location?.hasPrefix("/konto/logga-in") == true)
        }
    }

    @Test("staff turn it on under Mitt konto, are then asked for a code, and turn it off with the password")
    func staffOptIn() async throws {
        try await TestApp.run { ctx in
            // setup
            let browser = try await ctx.signedIn(Demo.staff)
            #expect(try await browser.get("/konto").body.string.contains("Slå på tvåstegsverifiering"))
            // act: set up
            let page = try await browser.get("/konto/tvastegs").body.string
            let sealed = try #require(TestBrowser.field("setup", in: page))
            let secret = try ctx.app.secretBox.open(sealed)
            let done = try await browser.post("/konto/tvastegs", ["setup": sealed, "code": OneTimeCodes.totp(secret).code(step: Domain.TOTP.step(at: ctx.clock.now))])
            #expect(done.status == .ok)
            #expect(Self.recoveryCodes(in: done.body.string).count == 10)
            // check: the next sign-in asks for a code
            let next = ctx.browser()
            #expect(try await next.submit("/konto/logga-in", ["email": Demo.staff, "password": DemoAccounts.password]).location == "/konto/logga-in/kod")
            // act: off again, with the password
            try await browser.get("/konto/tvastegs")
            #expect(try await browser.post("/konto/tvastegs/stang-av", ["password": "fel"]).status == .unprocessableEntity)
            let off = try await browser.post("/konto/tvastegs/stang-av", ["password": DemoAccounts.password])
            #expect(off.location == "/konto?notice=secondFactorOff")
            #expect(try await ctx.mails(to: Demo.staff).last?.subject == "Tvåstegsverifiering är avstängd")
            _ = try await ctx.signedIn(Demo.staff)
            // a member has no such page, and an admin cannot turn it off
            #expect(try await ctx.signedIn(Demo.member).get("/konto/tvastegs").status == .forbidden)
            let admin = try await ctx.signedIn(Self.admin)
            try await admin.get("/konto/tvastegs")
            #expect(try await admin.post("/konto/tvastegs/stang-av", ["password": DemoAccounts.password]).status == .forbidden)
        }
    }

    @Test("new recovery codes take a code from the app and void the old ones")
    func newRecoveryCodes() async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.signedIn(Self.admin)
            let admin = try #require(try await ctx.user(Self.admin))
            let before = try await RecoveryCodeRecord.query(on: ctx.app.db).filter(\.$user.$id == admin.id!).all(\.$codeHash)
            try await browser.get("/konto/tvastegs")
            #expect(try await browser.post("/konto/tvastegs/nya-koder", ["code": "000000"]).status == .unprocessableEntity)
            try await browser.get("/konto/tvastegs")
            let response = try await browser.post("/konto/tvastegs/nya-koder", ["code": try await ctx.app.nextCode(for: Self.admin)])
            #expect(response.status == .ok)
            #expect(Self.recoveryCodes(in: response.body.string).count == 10)
            let after = try await RecoveryCodeRecord.query(on: ctx.app.db).filter(\.$user.$id == admin.id!).all(\.$codeHash)
            #expect(Set(after).isDisjoint(with: before))
        }
    }

    @Test("the key is stored sealed: the database alone does not give it, another installation's key cannot open it")
    func sealedAtRest() async throws {
        try await TestApp.run { ctx in
            let credential = try #require(try await TOTPCredential.query(on: ctx.app.db).first())
            let raw = Data(base64Encoded: credential.secretSealed) ?? Data()
            #expect(!credential.secretSealed.contains(Base32.encode(DemoAccounts.adminSecondFactorKey)))
            #expect(raw.range(of: Data(DemoAccounts.adminSecondFactorKey)) == nil)
            #expect(try ctx.app.secretBox.open(credential.secretSealed) == DemoAccounts.adminSecondFactorKey)
            #expect(throws: (any Error).self) { try SecretBox(key: .init(size: .bits256)).open(credential.secretSealed) }
            // sealed under another installation's key (a backup restored without secret.key): no code matches, no error
            credential.secretSealed = try SecretBox(key: .init(size: .bits256)).seal(DemoAccounts.adminSecondFactorKey)
            try await credential.save(on: ctx.app.db)
            let code = OneTimeCodes.totp(DemoAccounts.adminSecondFactorKey).code(step: Domain.TOTP.step(at: ctx.clock.now))
            #expect(try await SecondFactorStore.check(.appCode(code), for: credential.$user.id, box: ctx.app.secretBox,
                                                      on: ctx.app.db, now: ctx.clock.now) == nil)
        }
    }

    @Test("the demo lists its admin's key on the sign-in page and shows the code on the next")
    func demo() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            let login = try await browser.get("/konto/logga-in").body.string
            #expect(login.contains(Base32.grouped(Base32.encode(DemoAccounts.adminSecondFactorKey))))
            try await browser.post("/konto/logga-in", ["email": Self.admin, "password": DemoAccounts.password])
            let page = try await browser.get("/konto/logga-in/kod").body.string
            let code = OneTimeCodes.totp(DemoAccounts.adminSecondFactorKey).code(step: Domain.TOTP.step(at: ctx.clock.now))
            #expect(page.contains("koden för demons administratör är just nu \(code)"))
            #expect(try await browser.post("/konto/logga-in/kod", ["code": code]).location == "/konto")
        }
    }

    @Test("an admin removes the app of someone who lost it and the recovery codes; they are mailed; an admin sets up a new one")
    func adminRemoves() async throws {
        try await TestApp.run { ctx in
            // setup: a member of staff with an app
            let staff = try await ctx.signedIn(Demo.staff)
            let sealed = try #require(TestBrowser.field("setup", in: try await staff.get("/konto/tvastegs").body.string))
            let code = OneTimeCodes.totp(try ctx.app.secretBox.open(sealed)).code(step: Domain.TOTP.step(at: ctx.clock.now))
            #expect(try await staff.post("/konto/tvastegs", ["setup": sealed, "code": code]).status == .ok)
            let person = try #require(try await ctx.user(Demo.staff))
            let admin = try await ctx.signedIn(Self.admin)
            // act
            let path = "/admin/anvandare/\(UserID(person.id!))"
            let page = try await admin.get(path).body.string
            #expect(page.contains("Ta bort personens autentiseringsapp"))
            let response = try await admin.post(path + "/tvastegs", [:])
            // check
            #expect(response.location == path + "?notice=secondFactorRemoved")
            #expect(try await SecondFactorStore.isEnrolled(person.id!, on: ctx.app.db) == false)
            #expect(try await ctx.mails(to: Demo.staff).last?.subject == "Din tvåstegsverifiering är borttagen")
            #expect(try await ctx.audits("user.secondFactor.removed").count == 1)
            #expect(try await ctx.browser().submit("/konto/logga-in", ["email": Demo.staff, "password": DemoAccounts.password]).location == "/konto")
            // an admin whose app is removed sets up a new one after the password
            let adminUser = try #require(try await ctx.user(Self.admin))
            try await admin.get("/admin/anvandare/\(adminUser.id!)")
            try await admin.post("/admin/anvandare/\(adminUser.id!)/tvastegs", [:])
            let next = try await ctx.browser().submit("/konto/logga-in", ["email": Self.admin, "password": DemoAccounts.password])
            #expect(next.location == "/konto/logga-in/tvastegs")
        }
    }
}
