import Testing
@testable import Domain

@Suite("Pagination bounds")
struct PaginationTests {
    @Test("page numbers and sizes are clamped so no request can ask for everything")
    func clamping() {
        #expect(PageRequest(number: nil).number == 1)
        #expect(PageRequest(number: -5).number == 1)
        #expect(PageRequest(number: 3, size: 10_000).size == PageRequest.maximumSize)
        #expect(PageRequest(number: 3, size: 0).size == 1)
        #expect(PageRequest(number: 3, size: 10).offset == 20)
    }

    @Test("page counts", arguments: [(0, 1), (1, 1), (25, 1), (26, 2), (50, 2), (51, 3)])
    func pageCount(total: Int, pages: Int) {
        let paged = Paged<Int>(items: [], page: PageRequest(number: 1), total: total)
        #expect(paged.pageCount == pages)
        #expect(!paged.hasPrevious)
        #expect(paged.hasNext == (pages > 1))
    }
}
