@testable import Views
import Domain
import Foundation

/// Every page of the site, rendered from its `.mock` model. A new page is added here so the
/// catalog and markup checks cover it.
enum AllPages {
    static let renderers: [(name: String, render: @Sendable (PageContext) -> String)] = [
        ("home", HomePage.mock.render),
        ("message", MessagePage.mock.render),
        ("accessibility", AccessibilityPage.mock.render),
        ("privacy", PrivacyPage.mock.render),
        ("contact", ContactPage.mock.render),
        ("register", RegisterPage.mock.render),
        ("login", LoginPage.mock.render),
        ("forgot", ForgotPasswordPage.mock.render),
        ("reset", ResetPasswordPage.mock.render),
        ("confirm", ConfirmEmailPage.mock.render),
        ("account", AccountPage.mock.render),
        ("deleteAccount", DeleteAccountPage.mock.render),
        ("changePassword", ChangePasswordPage.mock.render),
        ("signInCode", SignInCodePage.mock.render),
        ("secondFactorSetUp", SecondFactorSetUpPage.mock.render),
        ("secondFactorSetUpAccount", SecondFactorSetUpPage(secret: "GEZDGNBVGY3TQOJQ", uri: "otpauth://totp/x", sealed: "x",
                                                           duringSignIn: false).render),
        ("recoveryCodes", RecoveryCodesPage.mock.render),
        ("secondFactorAccount", SecondFactorAccountPage.mock.render),
        ("secondFactorAccountAdmin", SecondFactorAccountPage(since: Date(timeIntervalSince1970: 1_790_000_000), unusedCodes: 10,
                                                             isRequired: true).render),
        ("adminDashboard", AdminDashboardPage.mock.render),
        ("adminUsers", UsersPage.mock.render),
        ("adminUser", UserEditPage.mock.render),
        ("adminDepartments", DepartmentsAdminPage.mock.render),
        ("adminDepartment", DepartmentEditPage.mock.render),
        ("adminDistricts", DistrictsAdminPage.mock.render),
        ("adminDistrict", DistrictEditPage.mock.render),
        ("auditLog", AuditLogPage.mock.render),
        ("mailLog", MailLogPage.mock.render),
        ("mailShow", MailShowPage.mock.render),
        ("directory", DirectoryPage.mock.render),
        ("printList", PrintListPage.mock.render),
        ("association", AssociationPage.mock.render),
        ("associationForm", AssociationFormPage.mock.render),
        ("representatives", RepresentativesPage.mock.render),
        ("invitation", InvitationPage.mock.render),
        ("myAssociations", MyAssociationsPage.mock.render),
        ("endorse", EndorsePage.mock.render),
        ("reviewQueue", ReviewQueuePage.mock.render),
        ("review", ReviewPage.mock.render),
        ("agreementIndex", AgreementIndexPage.mock.render),
        ("agreementText", AgreementTextPage.mock.render),
        ("agreementTextDraft", AgreementTextPage(slug: "syfte", title: "Syfte", body: "Text.", isEasyRead: false, hasEasyRead: false,
                                                 isFallback: false, isDraft: true).render),
        ("ledger", LedgerPage.mock.render),
        ("agreementTextsAdmin", AgreementTextsAdminPage.mock.render),
        ("agreementTextEdit", AgreementTextEditPage.mock.render),
        ("import", ImportPage.mock.render),
        ("registerWords", RegisterWordsPage.mock.render),
        ("registerWordsEmpty", RegisterWordsPage(words: Paged(items: [], page: PageRequest(number: 1), total: 0), districtNames: [:]).render),
        ("registerWord", RegisterWordPage.mock.render),
        ("registerWordDistrict", RegisterWordPage(kind: .district, form: FormState(values: ["word": "Gamla Vivalla"],
                                                                                   errors: [FieldError("meaning", "error.choose")]),
                                                  districts: [Form.Option("d1", "Vivalla")], isMapped: false).render),
        ("getStarted", GetStartedPage.mock.render),
        ("getStartedFresh", GetStartedPageTests.fresh.render),
        ("ask", AskPage.mock.render),
        ("askStaff", AskPage(form: FormState(values: ["receivedVia": "phone"]), districts: [], staffMode: true).render),
        ("inquiry", InquiryPage.mock.render),
        ("myInquiries", MyInquiriesPage.mock.render),
        ("inbox", InboxPage.mock.render),
        ("handling", HandlingPage.mock.render),
        ("handlingReadOnly", HandlingPage(summary: .mock, contact: HandlingPage.mock.contact, timeline: [], access: .readOnly, offered: [],
                                          assignee: nil, colleagues: [], departments: []).render),
        ("inquiryStats", InquiryStatsPage.mock.render),
        ("inquiryTopics", InquiryTopicsAdminPage.mock.render),
        ("supportCatalogue", SupportCataloguePage.mock.render),
        ("supportOffering", SupportOfferingPage.mock.render),
        ("supportForm", SupportFormPage.mock.render),
        ("supportStaff", SupportStaffPage.mock.render),
        ("guideQuestion", GuideQuestionPage.mock.render),
        ("guideFirstQuestion", GuideQuestionPage(answers: GuideAnswers(), question: .want, districts: []).render),
        ("guideResult", GuideResultPage.mock.render),
        ("projectList", ProjectListPage.mock.render),
        ("callList", CallListPage.mock.render),
        ("call", CallPage.mock.render),
        ("callForm", CallFormPage.mock.render),
        ("callMatches", CallMatchesPage.mock.render),
        ("callRespond", CallRespondPage.mock.render),
        ("callAnswer", CallAnswerPage.mock.render),
        ("cooperationHistory", CooperationHistoryPage.mock.render),
        ("initiativeList", InitiativeListPage.mock.render),
        ("initiativeForm", InitiativeFormPage.mock.render),
        ("initiative", InitiativePage.mock.render),
        ("projectPrint", ProjectPrintPage.mock.render),
        ("project", ProjectPage.mock.render),
        ("projectForm", ProjectFormPage.mock.render),
        ("projectFormRefused", ProjectFormPage(slug: nil, form: FormState(), owners: [], districts: [], goals: []).render),
        ("consultations", ConsultationListPage.mock.render),
        ("consultation", ConsultationPage.mock.render),
        ("consultationForm", ConsultationFormPage.mock.render),
        ("responseForm", ResponseFormPage.mock.render),
        ("subscription", SubscriptionPage.mock.render),
        ("unsubscribe", UnsubscribePage.mock.render),
        ("invitations", InvitationsPage.mock.render),
    ]

    static let viewer = PageContext.Viewer(displayName: "Admin", isAdmin: true, canUseStaffArea: true)

    /// Each page in each language, signed out and signed in.
    static var all: [(String, String)] {
        var pages: [(String, String)] = []
        for (name, render) in renderers {
            for language in Language.allCases {
                pages.append(("\(name)/\(language)", render(.mock(language: language))))
                pages.append(("\(name)/\(language)/signed-in", render(.mock(language: language, viewer: viewer))))
            }
        }
        return pages
    }
}
