import Foundation

/// Where and how to deliver mail: `smtp://[user:password@]host[:port][?tls=required&ca=FILE]`
/// (STARTTLS when offered, or always with tls=required; `tls=none` for a plain connection),
/// or `smtps://…` (TLS from the start). A password is only ever sent over TLS, unless the URL
/// says `tls=none`.
public struct SMTPSettings: Sendable, Equatable {
    public enum Security: String, Sendable {
        /// STARTTLS if the server offers it; plain otherwise, but then without credentials.
        case opportunistic
        /// Plain text throughout, credentials too: asked for by name (a relay on this machine).
        case none
        /// STARTTLS or nothing.
        case startTLS
        /// TLS from the first byte (port 465).
        case implicitTLS
    }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var security: Security
    /// Extra trust roots (PEM) for servers with an internal CA.
    public var caFile: String?
    /// The name this server gives itself in EHLO.
    public var heloName: String

    public struct Problem: Error {
        public let message: String
    }

    public init(url raw: String) throws {
        guard let components = URLComponents(string: raw), let scheme = components.scheme,
              let host = components.host, !host.isEmpty else {
            throw Problem(message: "must be a URL like smtp://127.0.0.1:2525 or smtps://user:password@mail.example.se")
        }
        switch scheme {
        case "smtp": security = .opportunistic; port = components.port ?? 25
        case "smtps": security = .implicitTLS; port = components.port ?? 465
        default: throw Problem(message: "the scheme must be smtp or smtps, not \(scheme)")
        }
        self.host = host
        username = components.percentEncodedUser?.removingPercentEncoding
        password = components.percentEncodedPassword?.removingPercentEncoding
        caFile = nil
        heloName = "samverka.localhost"
        for item in components.queryItems ?? [] {
            switch (item.name, item.value ?? "") {
            case ("tls", "required"): if security == .opportunistic { security = .startTLS }
            case ("tls", "none") where scheme == "smtp": security = .none
            case ("tls", _): throw Problem(message: "tls can only be 'required' or, for smtp://, 'none'")
            case ("ca", let file) where !file.isEmpty: caFile = file
            case ("helo", let name) where !name.isEmpty: heloName = name
            default: throw Problem(message: "unknown option \(item.name)")
            }
        }
    }
}
