using Review4U.Domain.Governance;

namespace Review4U.Domain.Bodies;

public sealed partial class Body
{
    public SecretariatTerm? SecretariatOn(DateOnly day) => _secretariatTerms.Find(t => t.IsActiveOn(day));

    /// <summary>The term a renewal on <paramref name="day"/> renews: the one running, else the latest started by then.</summary>
    public SecretariatTerm? SecretariatToRenewOn(DateOnly day) =>
        SecretariatOn(day) ?? _secretariatTerms.OrderByDescending(t => t.StartsOn).FirstOrDefault(t => t.StartsOn <= day);

    /// <summary>The Secretariat is the coordinator's organisation: a term starts for the coordinator in office that day (a term with that start already there is returned).</summary>
    public SecretariatTerm StartSecretariatTerm(DateOnly startsOn)
    {
        var existing = _secretariatTerms.Find(t => t.StartsOn == startsOn);
        if (existing is not null)
        {
            return existing;
        }

        var coordinator = HolderOn(RoleKind.Coordinator, startsOn)
            ?? throw new DomainRuleException($"{Code} has no Coordinator on {startsOn:yyyy-MM-dd}: the Secretariat is the coordinator's organisation.");
        var overlapping = _secretariatTerms.Find(t => Terms.Overlap(t.StartsOn, t.EndsOn, startsOn, startsOn.AddYears(1)));
        if (overlapping is not null)
        {
            throw new DomainRuleException(
                $"{Code}'s secretariat term {overlapping.StartsOn:yyyy-MM-dd} → {overlapping.EndsOn:yyyy-MM-dd} overlaps; renew it or start after it ends.");
        }

        var term = new SecretariatTerm(Id, coordinator.OrganisationId!.Value, startsOn);
        _secretariatTerms.Add(term);
        return term;
    }

    /// <summary>Renews the term running on <paramref name="on"/> by one year; the renewal is kept as history. At most one renewal per day.</summary>
    public SecretariatRenewal RenewSecretariatTerm(DateOnly on)
    {
        var term = SecretariatToRenewOn(on)
            ?? throw new DomainRuleException($"{Code} has no secretariat term to renew on {on:yyyy-MM-dd}.");
        // One renewal decision per day: running the same renewal again does not add a second year.
        var already = term.Renewals.FirstOrDefault(r => r.RenewedOn == on);
        if (already is not null)
        {
            return already;
        }

        var clash = _secretariatTerms.Find(t => t != term && Terms.Overlap(t.StartsOn, t.EndsOn, term.EndsOn, term.EndsOn.AddYears(1)));
        if (clash is not null)
        {
            throw new DomainRuleException($"A renewal would overlap the term starting {clash.StartsOn:yyyy-MM-dd}.");
        }

        return term.Renew(on);
    }

    /// <summary>
    /// Hands the Secretariat to another organisation: the coordinator in office ends on <paramref name="from"/>, the
    /// chosen contact becomes Coordinator from that day and a one-year term starts for their organisation. Every
    /// earlier term and role stays as history. Asking again for the same hand-over returns the same term.
    /// </summary>
    public SecretariatTerm AppointSecretariat(RoleHolder coordinator, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        if (!coordinator.IsMember || coordinator.OrganisationId is null)
        {
            throw new DomainRuleException("The Secretariat is a member organisation: the new Coordinator must be one of its contacts.");
        }

        var existing = _secretariatTerms.Find(t => t.StartsOn == from);
        if (existing is not null && existing.OrganisationId == coordinator.OrganisationId
            && HolderOn(RoleKind.Coordinator, from)?.SameHolderAs(coordinator) == true)
        {
            return existing;
        }

        // Checked before anything changes, so a refused hand-over leaves the aggregate untouched.
        var overlapping = _secretariatTerms.Find(t => Terms.Overlap(t.StartsOn, t.EndsOn, from, from.AddYears(1)));
        if (overlapping is not null)
        {
            throw new DomainRuleException(
                $"{Code}'s secretariat term {overlapping.StartsOn:yyyy-MM-dd} → {overlapping.EndsOn:yyyy-MM-dd} overlaps a new term from {from:yyyy-MM-dd}.");
        }

        if (!IsMemberOn(coordinator.OrganisationId.Value, from))
        {
            throw new DomainRuleException($"The chosen organisation is not a member of {Code} on {from:yyyy-MM-dd}.");
        }

        var current = HolderOn(RoleKind.Coordinator, from);
        if (current is not null && !current.SameHolderAs(coordinator))
        {
            if (current.StartsOn == from)
            {
                throw new DomainRuleException($"{Code} already has another Coordinator starting on {from:yyyy-MM-dd}.");
            }

            EndRole(current.Id, from);
        }

        if (current is null || !current.SameHolderAs(coordinator))
        {
            AssignRole(RoleKind.Coordinator, coordinator, from);
        }

        return StartSecretariatTerm(from);
    }
}
