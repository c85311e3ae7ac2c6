import Foundation

/// One event as a calendar sees it.
public struct CalendarEntry: Sendable, Hashable {
    public var uid: String
    /// Raised each time the event is moved or cancelled, so calendars replace their copy.
    public var sequence: Int
    public var stamp: Date
    public var startDay: CalendarDay
    public var startTime: ClockTime?
    public var endDay: CalendarDay
    public var endTime: ClockTime?
    public var summary: String
    public var description: String
    public var location: String
    public var url: String
    public var cancelled: Bool
    /// A repeating event: RRULE and EXDATE.
    public var repeats: EventRepeat?

    public init(uid: String, sequence: Int, stamp: Date, startDay: CalendarDay, startTime: ClockTime?, endDay: CalendarDay, endTime: ClockTime?,
                summary: String, description: String, location: String, url: String, cancelled: Bool, repeats: EventRepeat? = nil) {
        (self.uid, self.sequence, self.stamp) = (uid, sequence, stamp)
        (self.startDay, self.startTime, self.endDay, self.endTime) = (startDay, startTime, endDay, endTime)
        (self.summary, self.description, self.location, self.url, self.cancelled) = (summary, description, location, url, cancelled)
        self.repeats = repeats
    }
}

/// iCalendar (RFC 5545), written by hand because no package on our list does it: times on
/// Stockholm's wall clock with `TZID=Europe/Stockholm` and the zone's rules in a VTIMEZONE, so a
/// calendar anywhere shows 18:00 as 18:00 in Sweden in summer and winter; text escaped; lines
/// folded at 75 octets without splitting a character; CRLF line ends.
public enum ICalendar {
    public static let timeZoneID = "Europe/Stockholm"

    /// `publish`: a feed to subscribe to (METHOD:PUBLISH); without it, a file to open (a mail's attachment).
    public static func document(_ entries: [CalendarEntry], name: String, productID: String = "-//Samverka//Evenemang//SV",
                                publish: Bool = true) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN"] + (publish ? ["METHOD:PUBLISH"] : [])
            + ["X-WR-CALNAME:\(escape(name))", "X-WR-TIMEZONE:\(timeZoneID)"]
        lines += timeZone
        for entry in entries { lines += event(entry) }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func event(_ entry: CalendarEntry) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:\(entry.uid)", "SEQUENCE:\(entry.sequence)", "DTSTAMP:\(utc(entry.stamp))"]
        if let start = entry.startTime, let end = entry.endTime {
            lines.append("DTSTART;TZID=\(timeZoneID):\(local(entry.startDay, start))")
            lines.append("DTEND;TZID=\(timeZoneID):\(local(entry.endDay, end))")
        } else {
            lines.append("DTSTART;VALUE=DATE:\(compact(entry.startDay))")
            lines.append("DTEND;VALUE=DATE:\(compact(entry.endDay.adding(days: 1)))")
        }
        if let repeats = entry.repeats { lines += rule(repeats, entry) }
        lines.append("SUMMARY:\(escape(entry.summary))")
        if !entry.description.isEmpty { lines.append("DESCRIPTION:\(escape(entry.description))") }
        if !entry.location.isEmpty { lines.append("LOCATION:\(escape(entry.location))") }
        lines.append("URL:\(entry.url)")
        lines.append("STATUS:\(entry.cancelled ? "CANCELLED" : "CONFIRMED")")
        lines.append("END:VEVENT")
        return lines
    }

    /// RRULE with UNTIL (the last start in UTC, as RFC 5545 asks when DTSTART has a TZID; a DATE
    /// for an all-day event) and EXDATE in the same form as DTSTART.
    static func rule(_ repeats: EventRepeat, _ entry: CalendarEntry) -> [String] {
        let last = repeats.days(from: entry.startDay).last ?? entry.startDay
        var lines = ["RRULE:" + repeats.rule(first: entry.startDay, untilValue: entry.startTime.map { utc(last.at($0)) } ?? compact(last))]
        if !repeats.exceptions.isEmpty {
            lines.append(entry.startTime.map { time in "EXDATE;TZID=\(timeZoneID):" + repeats.exceptions.map { local($0, time) }.joined(separator: ",") }
                ?? "EXDATE;VALUE=DATE:" + repeats.exceptions.map(compact).joined(separator: ","))
        }
        return lines
    }

    /// Stockholm's rules since 1996: summer time from the last Sunday of March to the last of October.
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:\(timeZoneID)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func compact(_ day: CalendarDay) -> String { String(format: "%04d%02d%02d", day.year, day.month, day.day) }
    static func local(_ day: CalendarDay, _ time: ClockTime) -> String { compact(day) + String(format: "T%02d%02d00", time.hour, time.minute) }

    static func utc(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDay(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.dayNumber * 86_400
        return compact(day) + String(format: "T%02d%02d%02dZ", rest / 3600, rest / 60 % 60, rest % 60)
    }

    /// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r\n", "\n", "\r": out += "\\n"
            default: if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) { out.append(character) }
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a character.
    static func fold(_ line: String) -> String {
        var out = "", octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(character)
            octets += size
        }
        return out
    }
}
