import Vapor

/// The command line: `samverka --help` lists these with their one-line help.
func registerCommands(_ app: Application) {
    app.asyncCommands.use(MigrateAndSeedCommand(), as: "migrate")
    app.asyncCommands.use(SeedCommand(), as: "seed")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(DeliverMailCommand(), as: "deliver-mail")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(BenchNoticesCommand(), as: "bench-notices")
}
