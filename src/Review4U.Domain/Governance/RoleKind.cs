namespace Review4U.Domain.Governance;

/// <summary>The roles of the concept notes' proposed structure.</summary>
public enum RoleKind
{
    /// <summary>National Coordinator of an alliance, Coordinator of a network: leads the Steering Committee; their organisation is the Secretariat.</summary>
    Coordinator = 1,
    CoCoordinator = 2,
    AdministrativeFocalPoint = 3,
    SteeringCommitteeMember = 4,
    WorkingGroupLead = 5,
    WorkingGroupMember = 6,
    OrdinaryMember = 7,

    /// <summary>A government representative observing the Steering Committee; not a member organisation's contact.</summary>
    GovernmentObserver = 8,
}
