namespace Review4U.Domain.Governance;

/// <summary>One dated term of one role; ending it keeps the row, so the body's governance history stays complete.</summary>
public sealed class RoleAssignment
{
    private RoleAssignment() { }

    internal RoleAssignment(Guid bodyId, RoleKind kind, RoleHolder holder, Guid? workingGroupId, DateOnly startsOn, DateOnly? endsOn)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Kind = kind;
        OrganisationId = holder.OrganisationId;
        ContactId = holder.ContactId;
        ExternalName = holder.ExternalName;
        ExternalEmail = holder.ExternalEmail;
        ExternalAffiliation = holder.ExternalAffiliation;
        WorkingGroupId = workingGroupId;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid Id { get; private set; }

    public Guid BodyId { get; private set; }

    public RoleKind Kind { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public Guid? ContactId { get; private set; }

    public string? ExternalName { get; private set; }

    public string? ExternalEmail { get; private set; }

    public string? ExternalAffiliation { get; private set; }

    public Guid? WorkingGroupId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>The first day the role is no longer held; null while the term runs on.</summary>
    public DateOnly? EndsOn { get; private set; }

    public uint Version { get; private set; }

    public bool IsActiveOn(DateOnly day) => Terms.Covers(StartsOn, EndsOn, day);

    internal bool SameHolderAs(RoleHolder holder) =>
        holder.IsMember
            ? ContactId == holder.ContactId
            : string.Equals(ExternalEmail, holder.ExternalEmail, StringComparison.OrdinalIgnoreCase);

    internal void EndOn(DateOnly day)
    {
        if (EndsOn is not null && EndsOn <= day)
        {
            throw new DomainRuleException($"This {RoleKinds.TitleOf(Kind)} term already ended on {EndsOn:yyyy-MM-dd}.");
        }

        if (day <= StartsOn)
        {
            throw new DomainRuleException(
                $"A term cannot end on {day:yyyy-MM-dd}: it started on {StartsOn:yyyy-MM-dd} (the end day is the first day without the role).");
        }

        EndsOn = day;
    }
}
