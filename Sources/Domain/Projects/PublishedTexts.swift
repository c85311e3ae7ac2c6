import Foundation

extension FieldChecks {
    /// What every published thing (an event, a volunteer assignment) starts with: the side it is
    /// published for, chosen among `organisers`, a one-line title, a summary, an easy-to-read
    /// summary and a longer description. Returns the organiser, or nil (and a problem) when none fits.
    public mutating func publication(_ fields: FormFields, organisers: [Party], title: Int, summary: Int, easyRead: Int,
                                     description: Int) -> Party? {
        let organiser = Party(fields["organiser"]).flatMap { organisers.contains($0) ? $0 : nil }
        if organiser == nil { add("organiser", "error.choose") }
        name(fields["title"], "title", max: title)
        require(fields["summary"], "summary", max: summary)
        require(fields["easyRead"], "easyRead", max: easyRead)
        limit(fields["description"], "description", max: description)
        return organiser
    }
}
