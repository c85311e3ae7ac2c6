import Vapor
import Fluent
import SQLKit
import Domain
import App
import Demo

/// `samverka bench-notices --subscribers N`: how long queuing one consultation's notices takes
/// for N subscribers, each following both the consultation's district and its category (so the
/// one-mail-per-address rule is exercised too). For `bench/fan-out`, on an empty database.
struct BenchNoticesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "subscribers", help: "How many subscribers (default 10000).")
        var subscribers: Int?
        init() {}
    }

    var help: String { "Benchmark: time to queue one consultation's notices for N subscribers (use an empty data directory)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let count = signature.subscribers ?? 10_000
        guard (1...1_000_000).contains(count) else {
            context.console.error("--subscribers takes a number from 1 to 1000000")
            throw ExitCode(2)
        }
        try await app.autoMigrate()
        try await MunicipalitySeeder.seedIfNeeded(app)
        guard try await Subscriber.query(on: app.db).count() == 0 else {
            context.console.error("This database already has subscribers; use a new SAMVERKA_DATA_DIR or database.")
            throw ExitCode(1)
        }
        let district = try await District.query(on: app.db).sort(\.$position).first()!.id!
        let department = try await Department.query(on: app.db).sort(\.$position).first()!.id!
        let now = app.wallClock.now
        try await SyntheticConsultations.inBatches(of: 500, count: count, on: app.db) { indexes, sql in
            try await SyntheticConsultations.insertSubscribers(indexes.map { index in
                .init(index: index, email: "bevakare\(index)@bench.example", language: index % 2 == 0 ? "sv" : "en", frequency: .each,
                      topics: [.district(DistrictID(district)), .category(.sport)])
            }, on: sql)
        }
        let today = CalendarDay(now)
        let draft = ConsultationDraft(
            title: "Mätning av utskick", caseNumber: "BENCH 1", summary: "Ett samråd för att mäta utskicken.",
            easyRead: "Ett samråd för att mäta utskicken.", districtIDs: [DistrictID(district)], categories: [.sport],
            dates: ConsultationDates(announced: today, opens: today.adding(days: 1), closes: today.adding(days: 30)),
            departmentID: DepartmentID(department))
        let consultation = Consultation()
        try await app.change(label: "bench") { change in
            try await ConsultationStore.apply(draft, to: consultation, on: change.db)
            try await change.audit("bench", "consultation", consultation.id!.uuidString)
        }
        // Every event once: announced, opened, closing soon — the same fan-out three times.
        var timings: [Double] = []
        for event in ConsultationNoticeEvent.allCases {
            let started = DispatchTime.now().uptimeNanoseconds
            let queued = try await ConsultationNotices.send(app, consultation, event)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            timings.append(seconds)
            context.console.print(String(format: "%@: %d mails queued for %d subscribers in %.3f s (%.0f mails/s)",
                                         event.rawValue, queued, count, seconds, Double(queued) / seconds))
            guard queued == count else {
                context.console.error("expected \(count) mails, queued \(queued)")
                throw ExitCode(1)
            }
        }
        let outbox = try await OutboxMessage.query(on: app.db).count()
        context.console.print(String(format: "median %.3f s; outbox holds %d mails (one per subscriber and event)", timings.sorted()[1], outbox))
    }
}
