/// Inviting someone to speak for an association, and accepting: only a verified association
/// invites (its name is checked by staff before it goes into anyone's mail), and an invitation is
/// for the address it was sent to.
public enum RepresentativeInvitations {
    public enum Refusal: Domain.Refusal, Hashable {
        case associationNotVerified
        case otherAddress
        case used

        public var kind: RefusalKind {
            switch self {
            case .associationNotVerified, .used: return .conflict
            case .otherAddress: return .forbidden
            }
        }

        public var problems: [FieldError] {
            switch self {
            case .associationNotVerified: return [FieldError("", "representatives.refusal.notVerified")]
            case .otherAddress: return [FieldError("", "representatives.refusal.otherAddress")]
            case .used: return [FieldError("", "representatives.refusal.used")]
            }
        }
    }

    public static func mayInvite(for status: AssociationStatus) -> Result<Void, Refusal> {
        status == .verified ? .success(()) : .failure(.associationNotVerified)
    }

    /// Accepting needs the invited address: someone who got the link forwarded signs in with their own.
    public static func mayAccept(invitedAddress: String, signedInAddress: String, used: Bool) -> Result<Void, Refusal> {
        guard !used else { return .failure(.used) }
        return invitedAddress.lowercased() == signedInAddress.lowercased() ? .success(()) : .failure(.otherAddress)
    }
}
