/// Things a person may be allowed to do that do not depend on one particular record.
/// Record-level questions ("this inquiry", "this association") are functions on `Policy`.
public enum Permission: String, Sendable, Hashable, CaseIterable {
    /// See, export and delete one's own account.
    case manageOwnAccount
    /// Sign in with an authenticator app as well as the password (staff and admins).
    case useSecondFactor
    /// Change other people's roles, departments and flags.
    case manageUsers
    /// Edit departments, entry points and districts.
    case editMunicipality
    /// Read the audit log.
    case readAuditLog
    /// Read the outgoing-mail log.
    case readMailLog
    /// Work in the staff area (any department).
    case useStaffArea
    /// Register a new association (becoming its first representative).
    case registerAssociation
    /// Verify, question or reject new associations; see representatives' contact details.
    case verifyAssociations
    /// Import association registers from files.
    case importAssociations
    /// Edit the texts about the agreement.
    case editAgreementTexts
    /// Record a department's or company's joining of (or withdrawal from) the agreement.
    case recordDepartmentEndorsement
    /// Work in a department's inquiry inbox: claim, reply, transfer, close, register on someone's behalf.
    case handleInquiries
    /// Type in a question that came by phone, letter or visit (its receipt is not rate-limited):
    /// entry-point handlers and admins, not council members.
    case registerInquiries
    /// Publish and edit what one's own department offers and asks — support offerings and
    /// consultations (admins: every department's).
    case publishSupport
    /// Read the yearly survey per department (politicians, G5: "we must demand that the goals we
    /// set are followed up"), not only the anonymous means everyone sees.
    case readSurveyByDepartment
}
