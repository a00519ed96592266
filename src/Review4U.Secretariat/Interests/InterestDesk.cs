using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data.Modules;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Templates.Models;
using Review4U.Secretariat.Data;
using Review4U.Secretariat.Data.Rows;
using Review4U.Secretariat.Renewals;

namespace Review4U.Secretariat.Interests;

/// <summary>
/// Expressions of interest, by link or by email reply: one per organisation and renewal, editable until the
/// deadline; each version gets a receipt (keyed by version, so nothing is sent twice). A refusal writes nothing.
/// </summary>
public sealed class InterestDesk(RenewalLoader loader, RenewalMail mail, IOutbox outbox, IMagicLinkService links, IOptions<SecretariatOptions> options, TimeProvider time)
{
    public async Task<InterestView> OpenAsync(string token, CancellationToken ct)
    {
        await using var unit = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct);
        var (scene, contactId) = await ResolveAsync(unit, token, ct);
        return await ViewAsync(unit, scene, contactId, ct);
    }

    /// <summary>From the page: the motivation and the contact proposed as coordinator (an email of the same organisation; empty: the link's contact).</summary>
    public async Task<InterestView> SubmitByLinkAsync(string token, string motivation, string? coordinatorEmail, CancellationToken ct)
    {
        await using var unit = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct);
        var (scene, contactId) = await ResolveAsync(unit, token, ct);
        var submitter = scene.Contacts.First(c => c.ContactId == contactId);
        var proposed = string.IsNullOrWhiteSpace(coordinatorEmail)
            ? submitter
            : scene.Contacts.FirstOrDefault(c => c.OrganisationId == submitter.OrganisationId && string.Equals(c.Email, coordinatorEmail.Trim(), StringComparison.OrdinalIgnoreCase))
              ?? throw new SecretariatException($"contact: '{coordinatorEmail}' is not a contact of {submitter.OrganisationName}.");
        await SubmitAsync(unit, scene, contactId, proposed.ContactId, motivation, "link", ct);
        var view = await ViewAsync(unit, scene, contactId, ct);
        await unit.CommitAsync(ct);
        return view;
    }

    /// <summary>Records (or updates) the organisation's interest in the caller's transaction and queues the receipt.</summary>
    public async Task<InterestRow> SubmitAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, Guid submitterId, Guid proposedId, string motivation, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(scene);
        var now = time.GetUtcNow();
        var renewal = scene.Renewal;
        if (renewal.Status != RenewalStatuses.Collecting || now >= renewal.InterestDeadline)
        {
            throw new SecretariatException($"Expressions of interest closed on {renewal.InterestDeadline:yyyy-MM-dd HH:mm} UTC.");
        }

        if (InterestRules.CheckMotivation(motivation) is { } problem)
        {
            throw new SecretariatException(problem);
        }

        var submitter = scene.Contacts.FirstOrDefault(c => c.ContactId == submitterId)
            ?? throw new SecretariatException("Only contacts of current member organisations can express interest.");
        var proposed = scene.Contacts.FirstOrDefault(c => c.ContactId == proposedId && c.OrganisationId == submitter.OrganisationId)
            ?? throw new SecretariatException($"contact: the proposed coordinator must be a contact of {submitter.OrganisationName}.");
        var interest = await unit.Secretariat.Interests.SingleOrDefaultAsync(i => i.RenewalId == renewal.Id && i.OrganisationId == submitter.OrganisationId, ct);
        if (interest is null)
        {
            interest = new InterestRow
            {
                Id = Guid.CreateVersion7(), BodyId = renewal.BodyId, RenewalId = renewal.Id, OrganisationId = submitter.OrganisationId,
                ContactId = proposed.ContactId, Motivation = motivation.Trim(), Source = source, Revision = 1, SubmittedAt = now, UpdatedAt = now,
            };
            unit.Secretariat.Interests.Add(interest);
        }
        else if (interest.Motivation != motivation.Trim() || interest.ContactId != proposed.ContactId)
        {
            interest.Motivation = motivation.Trim();
            interest.ContactId = proposed.ContactId;
            interest.Source = source;
            interest.Revision++;
            interest.UpdatedAt = now;
        }
        else
        {
            return interest; // the same interest again: nothing changed, no new receipt
        }

        await unit.Secretariat.SaveChangesAsync(ct);
        var token = await links.IssueAsync(unit.Transaction, new MagicLinkScope(renewal.BodyId, renewal.Id, submitter.ContactId),
            links.DefaultExpiry(renewal.InterestDeadline), ct);
        var receipt = mail.To(scene, submitter, new SecretariatInterestReceivedModel
        {
            Body = scene.Identity, RecipientName = submitter.Name, OrganisationName = submitter.OrganisationName,
            ProposedCoordinator = proposed.Name, Motivation = interest.Motivation, InterestDeadline = renewal.InterestDeadline,
            InterestUrl = mail.InterestUrl(token),
        }, $"interest-received-{interest.Id:N}-{interest.Revision}");
        await outbox.EnqueueAsync(unit.Transaction, [receipt], ct);
        return interest;
    }

    private async Task<(RenewalScene Scene, Guid ContactId)> ResolveAsync(ModuleUnitOfWork<SecretariatDbContext> unit, string token, CancellationToken ct)
    {
        var resolution = await links.ResolveAsync(token, ct);
        if (resolution.Status == MagicLinkStatus.Expired)
        {
            throw new SecretariatException("This link has expired: expressions of interest are closed.");
        }

        var scope = resolution.IsValid ? resolution.Scope! : throw new SecretariatException("This link is not known.");
        var scene = await loader.FindAsync(unit, scope.TaskId, ct);
        if (scene is null || scene.Body.Id != scope.BodyId || scene.Contacts.All(c => c.ContactId != scope.ContactId))
        {
            throw new SecretariatException("This link does not open an expression of interest.");
        }

        return (scene, scope.ContactId);
    }

    private async Task<InterestView> ViewAsync(ModuleUnitOfWork<SecretariatDbContext> unit, RenewalScene scene, Guid contactId, CancellationToken ct)
    {
        var contact = scene.Contacts.First(c => c.ContactId == contactId);
        var interest = await unit.Secretariat.Interests.AsNoTracking()
            .SingleOrDefaultAsync(i => i.RenewalId == scene.Renewal.Id && i.OrganisationId == contact.OrganisationId, ct);
        var colleagues = scene.Contacts.Where(c => c.OrganisationId == contact.OrganisationId).Select(c => (c.ContactId, c.Name, c.Email)).ToList();
        var open = scene.Renewal.Status == RenewalStatuses.Collecting && time.GetUtcNow() < scene.Renewal.InterestDeadline;
        return new InterestView(scene.Body.Name, scene.SecretariatName, scene.Renewal.TermEndsOn, scene.Renewal.InterestDeadline, open,
            contact.OrganisationName, colleagues, interest?.ContactId, interest?.Motivation ?? "", interest?.Revision ?? 0);
    }
}
