import Vapor
import Crypto

extension Request {
    /// A client on this machine that came straight here (no proxy header: nginx on the same
    /// machine forwards visitors from loopback too), or one with the metrics token.
    var isOperationsClient: Bool {
        if let token = application.settings.metricsToken, let bearer = headers.bearerAuthorization?.token {
            return Self.sameBytes(bearer, token)
        }
        return Self.isDirectLoopback(remoteAddress?.ipAddress, headers: headers)
    }

    static func isDirectLoopback(_ address: String?, headers: HTTPHeaders) -> Bool {
        guard let address, address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.") else { return false }
        return headers.first(name: .xForwardedFor) == nil && headers.first(name: .forwarded) == nil
            && headers.first(name: "X-Real-IP") == nil
    }

    /// Compares in time that does not depend on where the first difference is.
    static func sameBytes(_ given: String, _ expected: String) -> Bool {
        Data(SHA256.hash(data: Data(given.utf8))) == Data(SHA256.hash(data: Data(expected.utf8)))
    }
}
