import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// A sign-in between the right password and the second factor. The browser holds a random
/// token in a cookie for the sign-in pages only; the row says whose sign-in it is, where to go
/// afterwards, and how many codes were tried. No session exists until the second step is done.
enum SignInChallenges {
    static let cookieName = "samverka_signin"
    static let lifetime: TimeInterval = 10 * 60

    /// After a right password: remembers the half-done sign-in and sends the browser on.
    static func start(_ req: Request, user: User, purpose: SignInChallenge.Purpose, returnPath: String?) async throws -> Response {
        let token = SecureToken.make()
        let challenge = SignInChallenge(tokenHash: SecureToken.hash(token), userID: user.id!, purpose: purpose,
                                        returnPath: returnPath, expiresAt: req.now.addingTimeInterval(lifetime))
        try await req.db.retryingTransaction { tx in try await challenge.create(on: tx) }
        let response = req.seeOther(SiteURL.accounts(purpose == .code ? .signInCode : .signInSetUp).path)
        setCookie(token, maxAge: Int(lifetime), on: response, req)
        return response
    }

    /// This browser's live half-done sign-in of the given kind, with its person.
    static func current(_ req: Request, _ purpose: SignInChallenge.Purpose) async throws -> (SignInChallenge, User)? {
        guard let token = req.cookies[cookieName]?.string, !token.isEmpty, token.count <= 100,
              let challenge = try await SignInChallenge.query(on: req.db).filter(\.$tokenHash == SecureToken.hash(token))
                .filter(\.$purpose == purpose).with(\.$user).first(),
              challenge.expiresAt > req.now, challenge.attempts < SecondFactor.attemptsPerSignIn
        else { return nil }
        return (challenge, challenge.user)
    }

    /// Counts one try before the code is looked at, in one statement, so that codes sent at once
    /// cannot all get in under the limit; false when the tries are used up.
    static func admit(_ challenge: SignInChallenge, on db: any Database) async throws -> Bool {
        try await db.retryingTransaction { tx in
            try await (tx as! any SQLDatabase).update(SignInChallenge.schema)
                .set("attempts", to: SQLBinaryExpression(SQLColumn("attempts"), .add, SQLLiteral.numeric("1")))
                .where("id", .equal, SQLBind(challenge.id!)).where("attempts", .lessThan, SQLBind(SecondFactor.attemptsPerSignIn))
                .returning("id").all().count == 1
        }
    }

    /// What a browser without a live half-done sign-in gets: a page that leads back to the password.
    static func startOver(_ req: Request) async throws -> Response {
        let page = MessagePage(titleKey: "accounts.signInCode.expiredTitle", paragraphKeys: ["accounts.signInCode.expired"],
                               link: (SiteURL.accounts(.login).path, "nav.login"))
        let response = req.html(page.render(try await req.page()), status: .gone)
        clearCookie(on: response, req)
        return response
    }

    static func clearCookie(on response: Response, _ req: Request) {
        setCookie("", maxAge: 0, on: response, req)
    }

    private static func setCookie(_ token: String, maxAge: Int, on response: Response, _ req: Request) {
        response.cookies[cookieName] = HTTPCookies.Value(
            string: token, expires: maxAge == 0 ? Date(timeIntervalSince1970: 0) : nil, maxAge: maxAge,
            path: SiteURL.accounts(.login).path,
            isSecure: req.application.settings.isHTTPS, isHTTPOnly: true, sameSite: .lax)
    }
}
