/// A part of the municipality (stadsdel) or a village (tätort).
public enum DistrictKind: String, Sendable, Hashable, Codable, CaseIterable {
    case district, village
}

/// A district as the admin names it, read from the form.
public struct DistrictDraft: Sendable, Equatable {
    public var name: String
    public var kind: DistrictKind

    public static func read(_ form: FormFields) -> Result<DistrictDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(form["name"], "name", max: 100)
        let kind = DistrictKind(rawValue: form["kind"])
        if kind == nil { checks.add("kind", "error.choose") }
        guard let kind, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(DistrictDraft(name: form["name"].trimmingWhitespace(), kind: kind))
    }
}
