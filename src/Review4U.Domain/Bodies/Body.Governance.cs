using Review4U.Domain.Governance;

namespace Review4U.Domain.Bodies;

public sealed partial class Body
{
    public IEnumerable<RoleAssignment> RolesOn(DateOnly day) => _roles.Where(r => r.IsActiveOn(day));

    public RoleAssignment? HolderOn(RoleKind kind, DateOnly day) => _roles.Find(r => r.Kind == kind && r.IsActiveOn(day));

    public WorkingGroup CreateWorkingGroup(string topic, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            throw new DomainRuleException("A working group needs a topic.");
        }

        if (_workingGroups.Exists(g => g.ClosedOn is null && string.Equals(g.Topic, topic.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException($"{Code} already has a working group on \"{topic.Trim()}\".");
        }

        var group = new WorkingGroup(Id, topic.Trim(), on);
        _workingGroups.Add(group);
        return group;
    }

    /// <summary>
    /// Starts a term of a role. Single-holder roles (coordinator, co-coordinator, administrative focal point,
    /// government observer, a working group's lead) cannot overlap another term of the same role; nobody holds
    /// the same role twice over overlapping terms; member roles go to contacts of current member organisations.
    /// Asking for an existing term again returns it unchanged.
    /// </summary>
    public RoleAssignment AssignRole(RoleKind kind, RoleHolder holder, DateOnly startsOn, DateOnly? endsOn = null, Guid? workingGroupId = null)
    {
        ArgumentNullException.ThrowIfNull(holder);

        // The same term asked for twice (a re-run script, a double click) is the same term, not a conflict.
        var same = _roles.Find(r => r.Kind == kind && r.SameHolderAs(holder) && r.WorkingGroupId == workingGroupId
            && r.StartsOn == startsOn && r.EndsOn == endsOn);
        if (same is not null)
        {
            return same;
        }

        var title = RoleKinds.TitleOf(kind);
        if (endsOn is not null && endsOn <= startsOn)
        {
            throw new DomainRuleException($"A term must end after it starts ({startsOn:yyyy-MM-dd} → {endsOn:yyyy-MM-dd}).");
        }

        CheckHolder(kind, holder, startsOn);
        CheckWorkingGroup(kind, workingGroupId, startsOn);

        var sameRole = _roles.Where(r => r.Kind == kind && r.WorkingGroupId == workingGroupId).ToList();
        if (RoleKinds.IsSingleHolder(kind))
        {
            var clash = sameRole.Find(r => Terms.Overlap(r.StartsOn, r.EndsOn, startsOn, endsOn));
            if (clash is not null)
            {
                throw new DomainRuleException(
                    $"{Code} already has a {title} from {clash.StartsOn:yyyy-MM-dd} to {Until(clash.EndsOn)}; " +
                    "end that term first (terms cannot overlap).");
            }
        }
        else if (sameRole.Exists(r => r.SameHolderAs(holder) && Terms.Overlap(r.StartsOn, r.EndsOn, startsOn, endsOn)))
        {
            throw new DomainRuleException($"This person already is a {title} of {Code} in that period.");
        }

        var assignment = new RoleAssignment(Id, kind, holder, workingGroupId, startsOn, endsOn);
        _roles.Add(assignment);
        return assignment;
    }

    /// <summary>Ends a term: the row stays as history, with the first day without the role.</summary>
    public RoleAssignment EndRole(Guid assignmentId, DateOnly on)
    {
        var assignment = _roles.Find(r => r.Id == assignmentId)
            ?? throw new DomainRuleException($"{Code} has no role assignment {assignmentId}.");
        var later = _roles.Find(r => r != assignment && r.Kind == assignment.Kind && r.WorkingGroupId == assignment.WorkingGroupId
            && RoleKinds.IsSingleHolder(r.Kind) && r.StartsOn > assignment.StartsOn && r.StartsOn < on);
        if (later is not null)
        {
            throw new DomainRuleException($"Ending on {on:yyyy-MM-dd} would overlap the next term, which starts on {later.StartsOn:yyyy-MM-dd}.");
        }

        assignment.EndOn(on);
        return assignment;
    }

    private void CheckHolder(RoleKind kind, RoleHolder holder, DateOnly startsOn)
    {
        if (kind == RoleKind.GovernmentObserver)
        {
            if (holder.IsMember || string.IsNullOrWhiteSpace(holder.ExternalName) || string.IsNullOrWhiteSpace(holder.ExternalEmail))
            {
                throw new DomainRuleException("A government observer is a person from government: give a name, an email and a ministry.");
            }

            return;
        }

        if (!holder.IsMember || holder.OrganisationId is null)
        {
            throw new DomainRuleException($"A {RoleKinds.TitleOf(kind)} must be a contact of a member organisation.");
        }

        if (!IsMemberOn(holder.OrganisationId.Value, startsOn))
        {
            throw new DomainRuleException(
                $"The holder's organisation is not a member of {Code} on {startsOn:yyyy-MM-dd}.");
        }
    }

    private void CheckWorkingGroup(RoleKind kind, Guid? workingGroupId, DateOnly startsOn)
    {
        if (!RoleKinds.NeedsWorkingGroup(kind))
        {
            if (workingGroupId is not null)
            {
                throw new DomainRuleException($"A {RoleKinds.TitleOf(kind)} does not belong to a working group.");
            }

            return;
        }

        var group = _workingGroups.Find(g => g.Id == workingGroupId)
            ?? throw new DomainRuleException($"A {RoleKinds.TitleOf(kind)} needs one of {Code}'s working groups.");
        if (!group.IsOpenOn(startsOn))
        {
            throw new DomainRuleException($"The working group \"{group.Topic}\" is not open on {startsOn:yyyy-MM-dd}.");
        }
    }

    private static string Until(DateOnly? end) => end is null ? "now (open term)" : end.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
