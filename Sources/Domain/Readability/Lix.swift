/// Läsbarhetsindex: words per sentence plus the share of long words (over six letters) in percent.
/// Under 30 is very easy to read, 30–40 easy, 40–50 medium, over 50 hard.
public struct Lix: Sendable, Equatable {
    public let words: Int
    public let sentences: Int
    public let longWords: Int

    public init(text: String) {
        var words = 0, longWords = 0, sentences = 0
        var letters = 0, inWord = false, wordsInSentence = 0
        func endWord() {
            guard inWord else { return }
            words += 1
            wordsInSentence += 1
            if letters > 6 { longWords += 1 }
            letters = 0
            inWord = false
        }
        for character in text {
            if character.isLetter || character.isNumber {
                inWord = true
                if character.isLetter { letters += 1 }
            } else if character == "-" && inWord {
                continue // "C-nätet" is one word
            } else {
                endWord()
                if ".!?:".contains(character) && wordsInSentence > 0 {
                    sentences += 1
                    wordsInSentence = 0
                }
            }
        }
        endWord()
        if wordsInSentence > 0 { sentences += 1 }
        self.words = words
        self.sentences = sentences
        self.longWords = longWords
    }

    /// nil for a text without words.
    public var value: Double? {
        guard words > 0, sentences > 0 else { return nil }
        return Double(words) / Double(sentences) + 100 * Double(longWords) / Double(words)
    }

    public var rounded: Int? { value.map { Int($0.rounded()) } }

    public enum Level: String, Sendable, CaseIterable {
        case veryEasy, easy, medium, hard, veryHard
    }

    public var level: Level? {
        guard let value else { return nil }
        switch value {
        case ..<30: return .veryEasy
        case ..<40: return .easy
        case ..<50: return .medium
        case ..<60: return .hard
        default: return .veryHard
        }
    }
}
