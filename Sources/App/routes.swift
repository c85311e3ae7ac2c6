import Vapor

/// Every controller registers its routes, each with its access rule (see `Access`).
func routes(_ app: Application) throws {
    SiteController().register(app)
    ContactController().register(app)
    ReferenceDataController().register(app)
    RegistrationController().register(app)
    SignInController().register(app)
    PasswordResetController().register(app)
    MyAccountController().register(app)
    AdminLogsController().register(app)
    AdminUsersController().register(app)
    AdminDepartmentsController().register(app)
    AdminDistrictsController().register(app)
    AgreementController().register(app)
    AgreementTextsAdminController().register(app)
    EndorsementController().register(app)
    DirectoryController().register(app)
    RegistryController().register(app)
    RepresentativesController().register(app)
    ReviewController().register(app)
    ImportController().register(app)
    AssociationsAPIController().register(app)
    OpenDataController().register(app)
}
