namespace Review4U.Domain.Governance;

/// <summary>Codes and rules that depend only on the kind of role.</summary>
public static class RoleKinds
{
    private static readonly (RoleKind Kind, string Code, string Title)[] Table =
    [
        (RoleKind.Coordinator, "coordinator", "Coordinator"),
        (RoleKind.CoCoordinator, "co-coordinator", "Co-Coordinator"),
        (RoleKind.AdministrativeFocalPoint, "administrative-focal-point", "Administrative Focal Point"),
        (RoleKind.SteeringCommitteeMember, "steering-committee", "Steering Committee member"),
        (RoleKind.WorkingGroupLead, "working-group-lead", "Working Group lead"),
        (RoleKind.WorkingGroupMember, "working-group-member", "Working Group member"),
        (RoleKind.OrdinaryMember, "ordinary-member", "Ordinary Member"),
        (RoleKind.GovernmentObserver, "government-observer", "Government observer"),
    ];

    public static IReadOnlyList<string> Codes { get; } = Table.Select(row => row.Code).ToArray();

    public static bool TryParse(string code, out RoleKind kind)
    {
        var match = Array.Find(Table, row => row.Code == code);
        kind = match.Kind;
        return match.Code is not null;
    }

    public static string ToCode(RoleKind kind) => Array.Find(Table, row => row.Kind == kind).Code;

    public static string TitleOf(RoleKind kind) => Array.Find(Table, row => row.Kind == kind).Title;

    /// <summary>Roles only one person holds at a time in a body (per working group for its lead).</summary>
    public static bool IsSingleHolder(RoleKind kind) =>
        kind is RoleKind.Coordinator or RoleKind.CoCoordinator or RoleKind.AdministrativeFocalPoint
            or RoleKind.GovernmentObserver or RoleKind.WorkingGroupLead;

    public static bool NeedsWorkingGroup(RoleKind kind) =>
        kind is RoleKind.WorkingGroupLead or RoleKind.WorkingGroupMember;

    /// <summary>The Steering Committee: members, led by the Coordinator with the Co-Coordinator (the observer only observes).</summary>
    public static bool SitsOnSteeringCommittee(RoleKind kind) =>
        kind is RoleKind.Coordinator or RoleKind.CoCoordinator or RoleKind.SteeringCommitteeMember;
}
