/// A register's word and what the admin says it means, read from the form: the next import
/// reads the word as that value. Sent with `forget`, the word goes back to being reported.
public struct RegisterWordDraft: Sendable, Equatable {
    public var kind: RegisterWordKind
    /// As the admin wrote it, to show.
    public var word: String
    /// As the import compares it (`RegisterWords.key`).
    public var key: String
    /// Nil when the admin forgets the word.
    public var meaning: RegisterMeaning?

    public static func read(_ form: FormFields, kind: RegisterWordKind, knownDistricts: Set<DistrictID>) -> Result<RegisterWordDraft, FieldErrors> {
        var checks = FieldChecks()
        checks.require(form["word"], "word", max: 200)
        let key = RegisterWords.key(form["word"])
        if checks.isValid && key.isEmpty { checks.add("word", "error.registerWord.noLetters") }
        let forget = form["forget"] == "on"
        let meaning = RegisterMeaning(kind: kind, formValue: form["meaning"], knownDistricts: knownDistricts)
        if !forget && meaning == nil { checks.add("meaning", "error.choose") }
        guard checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(RegisterWordDraft(kind: kind, word: form["word"].trimmingWhitespace(), key: key, meaning: forget ? nil : meaning))
    }

    /// What saving the draft does to the word as it is mapped now, for the audit log.
    public func change(from current: RegisterMeaning?) -> Change {
        switch (current, meaning) {
        case (nil, nil): return .none
        case (nil, let new?): return .map(new)
        case (let old?, nil): return .forget(old)
        case (let old?, let new?): return old == new ? .none : .remap(old, new)
        }
    }

    public enum Change: Sendable, Equatable {
        case none
        case map(RegisterMeaning)
        case remap(RegisterMeaning, RegisterMeaning)
        case forget(RegisterMeaning)
    }
}

/// The word was mapped by someone else between showing the form and saving it.
public struct RegisterWordConflict: Refusal {
    public init() {}
    public var kind: RefusalKind { .conflict }
    public var problems: [FieldError] { [FieldError("", "error.registerWord.mappedMeanwhile")] }
}
