using System.Collections.Concurrent;
using Npgsql;
using System.Text;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Loading;
using Review4U.Workflows.Versioning;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// The definitions this process can run, by (id, version). Each is stored in <c>workflow.definitions</c> before its
/// first instance starts; a stored (id, version) with another content hash is refused ("raise the version").
/// Instances always run on the version they started with.
/// </summary>
public sealed class LoadedDefinitions(WorkflowDefinitionLoader loader)
{
    private readonly ConcurrentDictionary<(string Id, int Version), (WorkflowDefinition Definition, string Source)> byKey = new();
    private readonly ConcurrentDictionary<(string Id, int Version, string Hash), bool> verified = new();
    private IReadOnlyList<WorkflowDefinition>? latest; // the trigger job asks every poll; definitions change only when added

    /// <summary>Makes a validated definition runnable; <paramref name="sourceText"/> is the file's text, stored with it.</summary>
    public void Add(WorkflowDefinition definition, string sourceText)
    {
        ArgumentNullException.ThrowIfNull(definition);
        byKey[(definition.Id, definition.Version)] = (definition, sourceText);
        Volatile.Write(ref latest, null);
    }

    /// <summary>Makes every valid definition of a loaded folder runnable (the file text, read once by the loader, is stored with each).</summary>
    public void Add(Catalog.WorkflowCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var file in catalog.Files)
        {
            // The catalog's definitions: valid files whose id no earlier file of the folder took.
            if (file.Definition is { } definition && ReferenceEquals(catalog.Find(definition.Id), definition))
            {
                Add(definition, file.SourceText);
            }
        }
    }

    public IReadOnlyList<WorkflowDefinition> All => [.. byKey.Values.Select(v => v.Definition).OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version)];

    /// <summary>The highest loaded version of each workflow: the ones whose triggers fire.</summary>
    public IReadOnlyList<WorkflowDefinition> Latest => Volatile.Read(ref latest) ?? (latest = ComputeLatest());

    private IReadOnlyList<WorkflowDefinition> ComputeLatest() =>
        [.. byKey.Values.Select(v => v.Definition).GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.MaxBy(d => d.Version)!).OrderBy(d => d.Id, StringComparer.Ordinal)];

    public WorkflowDefinition Get(string id, int version) =>
        byKey.TryGetValue((id, version), out var found)
            ? found.Definition
            : throw new InvalidOperationException($"Workflow '{id}' version {version} is not loaded in this process; load that version's file to run its instances.");

    public WorkflowDefinition GetLatest(string id) =>
        byKey.Where(pair => pair.Key.Id == id).OrderByDescending(pair => pair.Key.Version).Select(pair => pair.Value.Definition).FirstOrDefault()
        ?? throw new InvalidOperationException($"Unknown workflow '{id}'. Loaded: {string.Join(", ", byKey.Keys.Select(k => k.Id).Distinct())}.");

    /// <summary>
    /// The definition an instance runs on: from memory, else re-read from its stored text (after a restart the folder
    /// may hold a newer version only; the instance still finishes on its own).
    /// </summary>
    internal async Task<WorkflowDefinition> GetForInstanceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, int version, CancellationToken ct)
    {
        if (byKey.TryGetValue((id, version), out var found))
        {
            return found.Definition;
        }

        var body = await Db.ScalarAsync<string>(connection, transaction,
            "SELECT body FROM workflow.definitions WHERE definition_id = $1 AND version = $2", ct, id, version);
        if (string.IsNullOrEmpty(body))
        {
            return Get(id, version);
        }

        var result = loader.Load($"stored:{id}.v{version}.yaml", Encoding.UTF8.GetBytes(body));
        if (result.Definition is null)
        {
            throw new InvalidOperationException($"Stored workflow '{id}' version {version} no longer loads: {string.Join("; ", result.Diagnostics)}");
        }

        if (byKey.TryAdd((id, version), (result.Definition, body)))
        {
            Volatile.Write(ref latest, null);
        }

        return result.Definition;
    }

    /// <summary>
    /// Stores the definition row once, under the versioning rule of <see cref="DefinitionVersionCheck"/> (a changed file
    /// must raise its version above every stored one); fails with that rule's message otherwise. The unique
    /// (id, version) makes two servers agree: whoever stores second finds the first's hash and is refused if it differs.
    /// </summary>
    internal async Task EnsureStoredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, WorkflowDefinition definition, DateTimeOffset now, CancellationToken ct)
    {
        if (verified.ContainsKey((definition.Id, definition.Version, definition.ContentHash)))
        {
            return; // stored rows never change: once this content was found stored, it stays so
        }

        var stored = new List<StoredDefinitionVersion>();
        await using (var command = Db.Command(connection, transaction,
            "SELECT version, content_hash FROM workflow.definitions WHERE definition_id = $1", definition.Id))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                stored.Add(new StoredDefinitionVersion(definition.Id, reader.GetInt32(0), reader.GetString(1)));
            }
        }

        var check = DefinitionVersionCheck.Check(stored, definition);
        if (check.Error is { } error)
        {
            throw new InvalidOperationException(error.ToString());
        }

        if (check.ShouldStore)
        {
            var source = byKey.TryGetValue((definition.Id, definition.Version), out var found) ? found.Source : "";
            await Db.ExecuteAsync(connection, transaction,
                """
                INSERT INTO workflow.definitions (definition_id, version, content_hash, body, stored_at)
                VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
                """, ct, definition.Id, definition.Version, definition.ContentHash, source, now);
            var winner = await Db.ScalarAsync<string>(connection, transaction,
                "SELECT content_hash FROM workflow.definitions WHERE definition_id = $1 AND version = $2", ct, definition.Id, definition.Version);
            stored.RemoveAll(row => row.Version == definition.Version);
            stored.Add(new StoredDefinitionVersion(definition.Id, definition.Version, winner!));
            if (DefinitionVersionCheck.Check(stored, definition).Error is { } raced)
            {
                throw new InvalidOperationException(raced.ToString());
            }

            return; // not remembered yet: this transaction may still roll back; the next start finds the row and does
        }

        verified.TryAdd((definition.Id, definition.Version, definition.ContentHash), true);
    }
}
