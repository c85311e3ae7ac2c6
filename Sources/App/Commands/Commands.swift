import Vapor

/// The command line: `samverka --help` lists these with their one-line help. The demo target
/// adds `seed` (`DemoInstallation`), the bench tool its own.
func registerCommands(_ app: Application) {
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(DeliverMailCommand(), as: "deliver-mail")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(ExplainSearchCommand(), as: "explain-search")
}
