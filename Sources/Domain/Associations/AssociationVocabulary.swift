/// What an association works with. Stored as the raw value; shown through the catalogs.
public enum AssociationCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case sport, culture, social, integration, disability, youth, seniors, environment, faith, tenants, education, other
}

/// Who an association is for.
public enum TargetGroup: String, Sendable, Hashable, CaseIterable, Codable {
    case children, youth, adults, seniors, families, newcomers, disabilities, women, everyone
}

/// The legal form, as far as the registry cares.
public enum LegalForm: String, Sendable, Hashable, CaseIterable, Codable {
    /// ideell förening
    case nonProfitAssociation
    /// stiftelse
    case foundation
    /// ekonomisk förening
    case economicAssociation
    /// registrerat trossamfund
    case faithCommunity
    /// nätverk eller grupp utan egen juridisk form
    case informalGroup
    case other
}

/// Roughly how many members: a band, never an exact count, and never used to rank (N8).
public enum MemberBand: String, Sendable, Hashable, CaseIterable, Codable {
    case upTo25 = "1-25"
    case upTo100 = "26-100"
    case upTo500 = "101-500"
    case over500 = "500+"
}

/// Where an association is in the registry. Only verified ones are public.
public enum AssociationStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Registered or imported, waiting for staff.
    case pending
    /// Staff asked the association for more information.
    case needsInformation
    case verified
    case rejected
    /// Removed from the public list; never deleted.
    case archived

    public var isPublic: Bool { self == .verified }
}
