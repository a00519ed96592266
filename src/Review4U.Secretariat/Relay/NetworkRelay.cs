using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Review4U.Data.Modules;
using Review4U.Domain.Bodies;
using Review4U.Domain.Governance;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Data;
using Review4U.Rounds.Emails;
using Review4U.Secretariat.Data;

namespace Review4U.Secretariat.Relay;

/// <summary>
/// The network → alliance bridge: a regional network's call reaches the coordinator of each national alliance whose
/// country is one of the network's, with the one command that launches the same questionnaire as the alliance's own
/// round. Relaying the same call again reaches alliances added since and sends nothing twice. Bad input writes nothing.
/// </summary>
public sealed class NetworkRelay(EmailTemplates templates, IOutbox outbox, IOptions<SecretariatOptions> options, TimeProvider time)
{
    public async Task<RelayResult> RelayAsync(RelayRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        await using var unit = await ModuleUnitOfWork.BeginAsync<SecretariatDbContext>(options.Value.ConnectionString, ct);
        var network = await unit.Domain.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == request.NetworkCode, ct)
            ?? throw new SecretariatException($"--network: no body has the code '{request.NetworkCode}'.");
        if (network.Kind != BodyKind.RegionalNetwork)
        {
            throw new SecretariatException($"--network: {network.Code} is a national alliance; calls are relayed from a regional network.");
        }

        var (title, message, deadline, key) = await DescribeAsync(unit, network, request, ct);
        var relayId = await InsertRelayAsync(unit, network.Id, request.RoundId, title, message, deadline, key, now, ct);
        var created = relayId.Created;
        var countries = network.MemberCountries;
        var alliances = await RelayLoader.AlliancesAsync(unit.Domain, countries, ct);
        var coordinatorIds = alliances.ToDictionary(a => a.Id, a => a.HolderOn(RoleKind.Coordinator, a.Today(time))?.ContactId);
        var contactIds = coordinatorIds.Values.OfType<Guid>().ToList();
        var contacts = await unit.Domain.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var coordinators = new Dictionary<Guid, Domain.Members.Contact?>();
        foreach (var alliance in alliances)
        {
            var coordinator = coordinatorIds[alliance.Id] is { } contactId ? contacts.GetValueOrDefault(contactId) : null;
            coordinators[alliance.Id] = coordinator;
            await using (var insert = new NpgsqlCommand(
                """
                INSERT INTO secretariat.relay_targets (id, relay_id, body_id, coordinator_contact_id) VALUES ($1, $2, $3, $4)
                ON CONFLICT (relay_id, body_id) DO NOTHING
                """, unit.Connection, unit.Transaction))
            {
                insert.Parameters.AddWithValue(Guid.CreateVersion7());
                insert.Parameters.AddWithValue(relayId.Id);
                insert.Parameters.AddWithValue(alliance.Id);
                insert.Parameters.AddWithValue(coordinator is null ? DBNull.Value : coordinator.Id);
                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        var linkedRounds = await unit.Secretariat.RelayTargets.AsNoTracking()
            .Where(t => t.RelayId == relayId.Id).ToDictionaryAsync(t => t.BodyId, t => t.LinkedRoundId, ct);
        var emails = new List<OutgoingEmail>();
        var targets = new List<RelayTarget>();
        foreach (var alliance in alliances)
        {
            var coordinator = coordinators[alliance.Id];
            var linked = linkedRounds[alliance.Id];
            targets.Add(new RelayTarget(alliance.Code, alliance.Country!, coordinator?.Email, linked));
            if (coordinator is null)
            {
                continue;
            }

            var rendered = templates.Render(new NetworkCallRelayModel
            {
                Body = RoundMail.IdentityOf(alliance), RecipientName = coordinator.Name, NetworkName = network.Name, NetworkCode = network.Code,
                CallTitle = title, Message = message, HasDeadline = deadline is not null, Deadline = deadline ?? now,
                LaunchCommand = request.RoundId is null ? "" : $"review4u relay launch --alliance {alliance.Code} --relay {relayId.Id:N}",
            }, coordinator.PreferredLanguage, alliance.DefaultLanguage);
            emails.Add(RoundMail.ToOutgoing(rendered, alliance.Id, $"relay:{relayId.Id:N}:{alliance.Id:N}", rendered.Template,
                coordinator.Email, coordinator.Name, relayId.Id, null, coordinator.Id));
        }

        var queued = await outbox.EnqueueAsync(unit.Transaction, emails, ct);
        await unit.CommitAsync(ct);
        return new RelayResult(relayId.Id, created, queued, targets);
    }

    private static async Task<(string Title, string Message, DateTimeOffset? Deadline, string Key)> DescribeAsync(
        ModuleUnitOfWork<SecretariatDbContext> unit, Body network, RelayRequest request, CancellationToken ct)
    {
        if (request.RoundId is { } roundId)
        {
            await using var rounds = new RoundsDbContext(ModuleDatabase.Options<RoundsDbContext>(unit.Connection));
            await rounds.Database.UseTransactionAsync(unit.Transaction, ct);
            var round = await rounds.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, ct)
                ?? throw new SecretariatException($"--round: no round has the id {roundId}.");
            if (round.BodyId != network.Id)
            {
                throw new SecretariatException($"--round: round {roundId} belongs to another body, not to {network.Code}.");
            }

            return (request.Title ?? round.Title, request.Message?.Trim() ?? "", round.Deadline, $"{network.Code}:round:{roundId:N}");
        }

        if (string.IsNullOrWhiteSpace(request.Title) || string.IsNullOrWhiteSpace(request.Message))
        {
            throw new SecretariatException("An announcement needs --title and --message (or relay a round with --round ID).");
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.Title.Trim() + "\n" + request.Message.Trim())))[..32];
        return (request.Title.Trim(), request.Message.Trim(), null, $"{network.Code}:announcement:{hash}");
    }

    private static async Task<(Guid Id, bool Created)> InsertRelayAsync(
        ModuleUnitOfWork<SecretariatDbContext> unit, Guid networkId, Guid? roundId, string title, string message, DateTimeOffset? deadline, string key, DateTimeOffset now, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO secretariat.relays (id, body_id, origin_round_id, title, message, deadline, idempotency_key, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING
            """, unit.Connection, unit.Transaction);
        insert.Parameters.AddWithValue(id);
        insert.Parameters.AddWithValue(networkId);
        insert.Parameters.AddWithValue(roundId.HasValue ? roundId.Value : DBNull.Value);
        insert.Parameters.AddWithValue(title);
        insert.Parameters.AddWithValue(message);
        insert.Parameters.AddWithValue(deadline.HasValue ? deadline.Value : DBNull.Value);
        insert.Parameters.AddWithValue(key);
        insert.Parameters.AddWithValue(now);
        if (await insert.ExecuteNonQueryAsync(ct) == 1)
        {
            return (id, true);
        }

        return (await unit.Secretariat.Relays.Where(r => r.IdempotencyKey == key).Select(r => r.Id).SingleAsync(ct), false);
    }
}
