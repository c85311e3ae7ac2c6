import Fluent

/// Every schema change, in the order it was made. Append only: a released migration never changes.
enum Migrations {
    static let all: [any Migration] = [
        CreateAppMeta(),          // installation facts (demo seeded, …)
        CreateDepartments(),      // departments and companies with entry points
        CreateDistricts(),        // districts and villages
        CreateSustainableGoals(), // the 17 Agenda 2030 goals
        CreatePrinciples(),       // the agreement's principles
        CreateUsers(),            // accounts and roles
        CreateSessions(),         // database sessions
        CreateAccountTokens(),    // confirm-address and reset-password links
        CreateLoginAttempts(),    // sign-in throttling
        CreateAuditLog(),         // who changed what
        CreateOutbox(),           // mails to deliver
        CreateAssociations(),     // the association registry
        CreateAssociationTags(),  // categories, target groups, districts, competences of associations
        CreateRepresentatives(),  // who speaks for an association, and invitations to do so
        CreateEndorsements(),     // the ledger of joining and withdrawing from the agreement
        UpdateDepartmentsAddJoinedSince(), // departments' current standing with the agreement
        CreateAgreementTexts(),   // the agreement pages, editable by the admin
        CreateAssociationSearch(), // full-text search: FTS5 on SQLite, tsvector + GIN on PostgreSQL
        CreateFormSubmissions(),  // one change per sent form, however often it is sent
        CreateContentVersion(),   // the number every change raised (replaced by CreateContentChanges)
        UpdateDepartmentsAddAnswerDays(), // each department's promise: first answer within N working days
        CreateInquiries(),        // questions to the municipality, routed to a department
        CreateInquiryEntries(),   // replies, notes, transfers: an inquiry's history
        CreateInquiryTopics(),    // topic → department routing table, and the yearly reference counter
        CreateSupportOfferings(), // the support catalogue: what departments offer, with categories
        CreateConsultations(),    // consultations with their dates, districts and categories
        CreateConsultationResponses(), // answers with their versions, and invitations of associations
        CreateSubscriptions(),    // who follows which districts and categories, and the notices sent
        CreateDirectoryOrder(),   // SQLite: the search index in the directory's order
        UpdateAgreementTextsAddPublishedAt(), // agreement texts are drafts until the admin publishes them
        CreateLimitEvents(),      // counts of limited things (mails to an address, questions from a client)
        CreateRegisterWords(),    // the admin's map from the registers' own words to categories, districts, target groups
        CreateFormTokenKey(),     // the key that signs anonymous visitors' form tokens
        CreateSecondFactorTables(), // TOTP keys, recovery codes and half-done sign-ins
        CreateContentChanges(),   // the last change per area or key; cached pages and values are checked against it
        CreateInquiryCounts(),    // the inquiry statistics as counts per department and month, kept by every change
        UpdateAssociationsAddPendingName(), // a verified association's new name waits for staff
        CreateProjects(),         // projects with partners, districts, goals, target groups, a timeline; full-text search
        CreateCalls(),            // calls for partners, whom they were sent to, the answers, and the project a chosen one became
        CreateInitiatives(),      // ideas from civil society, routed to a department and answered within its promise
        CreateOffers(),           // what associations offer the municipality, and the departments' answers
        CreateCallNotices(),      // calls for partners in the subscribers' notices and weekly digest
        IndexUserSearch(),        // the admin's user search finds any word of a name or an address
        IndexInquirySearch(),     // the inbox finds inquiries by words of the question or the asker's name
        CreateEvents(),           // events: when and where, accessibility, organiser; cancelled ones kept
        CreateEventRegistrations(), // places, a waiting list and the organiser's question for events that want registration
        CreateVolunteerAssignments(), // volunteer assignments: what, where, when, who can; districts; full-text search
        CreateVolunteerInterests(), // interest shown in assignments, answered by the organiser, forgotten after 6 months
        CreateAssignmentAlerts(), // mail about new volunteer assignments, by district and group, without an account
        UpdateUsersAddDepartmentAdmin(), // the staff member who looks after the department's staff days and target
        CreateStaffDays(),        // staff days with civil society, their goals, and each department's yearly target
        UpdateVolunteerAssignmentsAddForStaff(), // associations offer a day with civil society to the municipality's staff
        IndexFollowUp(),          // the yearly follow-up finds a year's invitations, partnerships and answers by date
        CreateNetworkMeetings(),  // the contact network's meetings, minutes and attendance per department
        CreateCommitments(),      // each department's yearly commitments under the agreement and its report
        CreateCouncil(),          // the cooperation council: members and clusters, meetings, news, news subscribers
        CreateActionPlan(),       // the action plan: actions with owner, principle and target, and their dated progress
        CreateSurveys(),          // the yearly survey and its answers, one per association and per department
        UpdateUsersAddPolitician(), // politicians read the survey per department
        CreateEventParticipants(), // associations taking part in a Föreningarnas dag, confirmed by its organiser
        IndexFollowUpRegister(),  // the follow-up reads the register's counts, bands and projects from indexes alone
        UpdateEventsAddRepeats(), // events that come back every week or month, with days they do not
        UpdateEventRegistrationsAddGroup(), // who comes to a training as what, from which department: its reach
        UpdateOutboxAddAttachment(), // a mail may carry one text file: a place's confirmation carries the event's calendar entry
        UpdateEventsAddNextStart(), // lists order a series by its next time, not its first
        UpdateEventsAddCoOrganiser(), // a second organiser, shown once it has said yes
        IndexEventsDistrictKind(), // "trainings in Vivalla" reads only those
        CreateEventNotices(), // a district's subscribers hear of new events there
        IndexProjectTags(), // SQLite: "språkcafé" with goal 4 is one intersection in the search index
        IndexAssociationTags(), // SQLite: "läxhjälp" in one district and category, likewise, in directory order
        IndexAssociationTagsOnPostgres(), // PostgreSQL: the same filters as lexemes of the search vector
        RespaceDirectoryLocally(), // SQLite: no room for a name spreads the rows after it apart, not the whole directory (22 s at 250 000)
        IndexContactNetworkMembers(), // the roster's few members, not every account
        IndexProjectTagsOnPostgres(), // PostgreSQL: "språkcafé" with goal 4 is one bitmap scan of the search index
        CreateDirectoryPostingsOnPostgres(), // PostgreSQL: a search's count and page from posting lists in directory order
        CreateSearchVocabulary(), // SQLite: a search's words spelled out as the index's words, read as far as the page
    ]
}
