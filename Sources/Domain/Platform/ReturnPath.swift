import Foundation

/// A page of this site to go back to (after signing in, after switching language), given by
/// the visitor in `?return=`. Only a path on this site passes: browsers drop tab, CR and LF
/// from a URL and read `\` as `/`, so `/\t/evil.example` and `/\evil.example` both mean
/// `//evil.example`, another site (an open redirect).
public enum ReturnPath {
    public static let maximumLength = 500

    /// The path as a browser will read it, or nil when it could lead anywhere but this site.
    public static func safe(_ raw: String) -> String? {
        guard raw.utf8.count <= maximumLength else { return nil }
        let path = String(raw.unicodeScalars.filter { $0 != "\t" && $0 != "\r" && $0 != "\n" }.map { $0 == "\\" ? "/" : Character($0) })
        // Printable ASCII only: what a browser sends is percent-encoded, and a space or any
        // other control character is stripped or read differently by some browser.
        guard path.hasPrefix("/"), !path.hasPrefix("//"),
              path.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }),
              let parsed = URLComponents(string: path), parsed.scheme == nil, parsed.host == nil
        else { return nil }
        return path
    }
}
