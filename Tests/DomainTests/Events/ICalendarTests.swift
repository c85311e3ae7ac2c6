import Testing
import Foundation
@testable import Domain

@Suite("iCalendar as RFC 5545 writes it")
struct ICalendarTests {
    static func entry(_ changes: (inout CalendarEntry) -> Void = { _ in }) -> CalendarEntry {
        var entry = CalendarEntry(uid: "abc@samverka", sequence: 2, stamp: Date(timeIntervalSince1970: 1_790_000_000),
                                  startDay: CalendarDay(2026, 12, 3), startTime: ClockTime(hour: 18, minute: 0), endDay: CalendarDay(2026, 12, 3),
                                  endTime: ClockTime(hour: 20, minute: 30), summary: "Möte; om lokaler, och mer\\annat\nrad två",
                                  description: "", location: "Vivalla torg", url: "https://example.se/evenemang/mote", cancelled: false)
        changes(&entry)
        return entry
    }

    @Test("local times with the zone and its rules, escaped text, CRLF lines")
    func event() {
        let text = ICalendar.document([Self.entry()], name: "Evenemang")
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR" && lines.last == "")
        #expect(lines.contains("DTSTART;TZID=Europe/Stockholm:20261203T180000") && lines.contains("DTEND;TZID=Europe/Stockholm:20261203T203000"))
        #expect(lines.contains("BEGIN:VTIMEZONE") && lines.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))
        #expect(lines.contains("SUMMARY:Möte\\; om lokaler\\, och mer\\\\annat\\nrad två"))
        #expect(lines.contains("UID:abc@samverka") && lines.contains("SEQUENCE:2") && lines.contains("DTSTAMP:20260921T141320Z"))
        #expect(lines.contains("STATUS:CONFIRMED") && !text.contains("\n\n"))
    }

    @Test("an all-day event is dates, the end the day after; a cancelled one says so")
    func allDayAndCancelled() {
        let text = ICalendar.document([Self.entry { $0.startTime = nil; $0.endTime = nil; $0.cancelled = true }], name: "x")
        #expect(text.contains("DTSTART;VALUE=DATE:20261203\r\n") && text.contains("DTEND;VALUE=DATE:20261204\r\n"))
        #expect(text.contains("STATUS:CANCELLED\r\n"))
    }

    @Test("long lines fold at 75 octets, never inside a character, and unfold to the same text")
    func folding() {
        let long = String(repeating: "åäö Föreningarnas dag ", count: 12)
        let text = ICalendar.document([Self.entry { $0.summary = long }], name: "x")
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(text.replacingOccurrences(of: "\r\n ", with: "").contains("SUMMARY:" + long))
    }
}
