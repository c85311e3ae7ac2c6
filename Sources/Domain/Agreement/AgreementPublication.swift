import Foundation

/// An agreement text is the municipality's adopted text only once it is published. Before that
/// it is a draft: those who edit the texts see it, marked as a draft; nobody else does.
public enum AgreementPublication {
    /// Whether this person may read the text: everybody once published, editors also before.
    public static func maySee(_ actor: Actor, publishedAt: Date?) -> Bool {
        publishedAt != nil || Policy.allows(actor, .editAgreementTexts)
    }

    /// The fill-in places a draft still has, such as "[år då överenskommelsen antogs]", in the
    /// order they appear. A text with any left is not finished and cannot be published.
    public static func fillInMarkers(in text: String) -> [String] {
        var markers: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let marker = rest[open...close]
            // Short, on one line, not nested: a stray bracket in prose is not taken for a marker.
            if marker.count <= 120, marker.count > 2, !marker.contains("\n"), !marker.dropFirst().contains("[") {
                markers.append(String(marker))
                rest = rest[rest.index(after: close)...]
            } else {
                rest = rest[rest.index(after: open)...]
            }
        }
        return markers
    }

    /// Why the text cannot be published as it stands: the fields that still have fill-in places.
    public static func publishProblems(fields: [(name: String, text: String)]) -> [FieldError] {
        fields.compactMap { field in
            let markers = fillInMarkers(in: field.text)
            guard let first = markers.first else { return nil }
            return FieldError(field.name, "error.fillInMarkers", ["marker": first, "count": String(markers.count)])
        }
    }
}
