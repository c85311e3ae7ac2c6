import Testing
import Foundation
@testable import Views
import Domain

@Suite("Second-factor pages: plain forms, no script, no image")
struct SecondFactorPagesTests {
    @Test("setting up shows the key in groups of four and the otpauth address as text")
    func setUp() {
        let html = SecondFactorSetUpPage.mock.render(.mock())
        #expect(html.contains("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"))
        #expect(html.contains("otpauth://totp/Samverka:admin%40example.se?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
        #expect(html.contains("name=\"setup\" value=\"c2VhbGVk\""))
        #expect(html.contains("action=\"/konto/logga-in/tvastegs\""))
        #expect(!html.contains("<img") && !html.contains("<script"))
        #expect(SecondFactorSetUpPage(secret: "A", uri: "u", sealed: "s", duringSignIn: false).render(.mock()).contains("action=\"/konto/tvastegs\""))
    }

    @Test("the code step is one field with one-time-code, posted to the sign-in step")
    func codeStep() {
        let html = SignInCodePage(form: FormState(errors: [FieldError("code", "error.secondFactor.wrong")])).render(.mock())
        #expect(html.contains("action=\"/konto/logga-in/kod\""))
        #expect(html.contains("autocomplete=\"one-time-code\""))
        #expect(html.contains("Koden stämmer inte"))
        #expect(!html.contains("<script"))
        #expect(!SignInCodePage().render(.mock()).contains("demons administratör"))
    }

    @Test("recovery codes are listed, and an admin gets no button to turn the second factor off")
    func recoveryAndStatus() {
        #expect(RecoveryCodesPage.mock.render(.mock()).components(separatedBy: "<li><code>").count == 11)
        #expect(SecondFactorAccountPage.mock.render(.mock()).contains("action=\"/konto/tvastegs/stang-av\""))
        let admin = SecondFactorAccountPage(since: .now, unusedCodes: 3, isRequired: true).render(.mock())
        #expect(!admin.contains("stang-av"))
        #expect(admin.contains("3 oanvända reservkoder"))
    }

    @Test("the demo's sign-in page names the admin's key")
    func demoKey() {
        #expect(LoginPage.mock.render(.mock()).contains("GEZD GNBV GY3T QOJQ"))
        #expect(!LoginPage().render(.mock()).contains("Nyckeln i demon"))
    }
}
