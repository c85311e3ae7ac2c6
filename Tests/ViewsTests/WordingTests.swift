import Testing
import Foundation
import Domain
@testable import Views

@Suite("Wording: numbers and dates as each language writes them, for pages and mails alike")
struct WordingTests {
    @Test("thousands are grouped by a no-break space in Swedish and a comma in English; a count that stopped says so")
    func numbers() {
        #expect(Wording(.sv).number(36_535) == "36\u{00A0}535")
        #expect(Wording(.en).number(36_535) == "36,535")
        #expect(Wording(.sv).number(999) == "999" && Wording(.sv).number(1_000) == "1\u{00A0}000")
        #expect(Wording(.sv).number(1_234_567) == "1\u{00A0}234\u{00A0}567")
        #expect(Wording(.sv).number(0) == "0" && Wording(.en).number(-1_500) == "−1,500")
        #expect(Wording(.sv).count(10_000, exact: false) == "fler än 10\u{00A0}000")
        #expect(Wording(.en).count(10_000, exact: false) == "more than 10,000")
        #expect(Wording(.sv).decimal(3.46) == "3,5" && Wording(.en).decimal(3.46) == "3.5")
    }

    @Test("a directory of 36 535 shows the number grouped; one that stopped counting says 'fler än'")
    func directoryTotals() {
        let page = PageRequest(number: 1)
        var directory = DirectoryPage.mock
        directory.results = Paged(items: directory.results.items, page: page, total: 36_535)
        #expect(directory.render(.mock()).contains("36\u{00A0}535 föreningar"))
        directory.results = Paged(items: directory.results.items, page: page, total: 10_000, totalIsExact: false)
        #expect(directory.render(.mock()).contains("fler än 10\u{00A0}000 föreningar"))
        #expect(directory.render(.mock(language: .en)).contains("more than 10,000 associations"))
    }

    @Test("a day reads the same on a page and in a mail")
    func days() {
        let day = CalendarDay(2026, 11, 23)
        #expect(Wording(.sv).day(day) == "23 november 2026" && PageContext.mock().words.day(day) == "23 november 2026")
        let mail = InquiryMails.receipt(.sv, reference: "SAM-2026-00001", department: "Kultur", contact: "", dueOn: day,
                                        link: "https://x", service: "Samverka")
        #expect(mail.body.contains("23 november 2026"))
    }
}
