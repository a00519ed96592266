using Npgsql;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Runtime;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Creates an instance and its root branch in the caller's transaction; the idempotency key makes it happen once.</summary>
internal sealed class InstanceStarter(LoadedDefinitions definitions, IExpressionEvaluator evaluator)
{
    /// <summary>Returns the instance id and whether this call created it (false: the key's earlier instance).</summary>
    public async Task<(Guid Id, bool Created)> CreateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, WorkflowStartRequest request,
        (Guid Instance, Guid Bookmark)? parent, JournalBuffer journal, DateTimeOffset now, CancellationToken ct)
    {
        var definition = request.Version is { } version ? definitions.Get(request.DefinitionId, version) : definitions.GetLatest(request.DefinitionId);
        var inputs = BindInputs(definition, request.Inputs);
        var variables = InitialVariables(definition, inputs, request.BodyId, now);
        await definitions.EnsureStoredAsync(connection, transaction, definition, now, ct);

        var id = Guid.CreateVersion7(now);
        await using (var insert = Db.Command(connection, transaction,
            """
            INSERT INTO workflow.instances (id, definition_id, definition_version, body_id, status, inputs, variables, idempotency_key,
                parent_instance_id, parent_bookmark_id, started_by, created_at, updated_at, revision)
            VALUES ($1, $2, $3, $4, 'running', $5, $6, $7, $8, $9, $10, $11, $11, 0)
            ON CONFLICT (idempotency_key) DO NOTHING
            RETURNING id
            """, id, definition.Id, definition.Version, request.BodyId, Db.Jsonb(PlainJson.Serialize(inputs)), Db.Jsonb(PlainJson.Serialize(variables)),
            request.IdempotencyKey, parent?.Instance, parent?.Bookmark, request.Actor, now))
        {
            if (await insert.ExecuteScalarAsync(ct) is null)
            {
                var existing = await Db.ScalarAsync<Guid>(connection, transaction, "SELECT id FROM workflow.instances WHERE idempotency_key = $1", ct, request.IdempotencyKey);
                return (existing, false);
            }
        }

        var root = new BranchState
        {
            Id = Guid.CreateVersion7(now),
            InstanceId = id,
            Scope = "",
            Status = BranchStatus.Ready,
            Outputs = new Dictionary<string, object?>(StringComparer.Ordinal),
            Visits = new Dictionary<string, object?>(StringComparer.Ordinal),
            ReadyAt = now,
            IsNew = true,
        };
        if (definition.Steps.Count > 0)
        {
            root.Enter(definition.Steps.Steps[0].Id, now);
        }
        else
        {
            root.Status = BranchStatus.Completed;
        }

        await BranchStore.InsertAsync(connection, [root], now, ct);
        journal.Add(id, now, request.Actor, "start", detail: $"{definition.Id} v{definition.Version}" + (request.IdempotencyKey is null ? "" : $" key {request.IdempotencyKey}"));
        return (id, true);
    }

    private static Dictionary<string, object?> BindInputs(WorkflowDefinition definition, IReadOnlyDictionary<string, object?> given)
    {
        var unknown = given.Keys.Where(name => definition.Inputs.All(input => input.Name != name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Workflow '{definition.Id}' has no input(s) {string.Join(", ", unknown)}; it takes {string.Join(", ", definition.Inputs.Select(i => i.Name))}.");
        }

        var inputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var input in definition.Inputs)
        {
            var raw = given.TryGetValue(input.Name, out var value) ? value : input.Default?.ToPlainValue();
            if (raw is null)
            {
                if (input.Required)
                {
                    throw new ArgumentException($"Workflow '{definition.Id}' needs input '{input.Name}' ({input.Type.ToName()}).");
                }

                continue;
            }

            if (!ValueConversion.TryConvert(raw, input.Type, out var converted, out var error))
            {
                throw new ArgumentException($"Input '{input.Name}' of workflow '{definition.Id}': {error}.");
            }

            inputs[input.Name] = converted;
        }

        return inputs;
    }

    private Dictionary<string, object?> InitialVariables(WorkflowDefinition definition, Dictionary<string, object?> inputs, Guid? bodyId, DateTimeOffset now)
    {
        var scope = new ExpressionScope { WorkflowId = definition.Id, WorkflowVersion = definition.Version, BodyId = bodyId, Inputs = inputs, Now = now };
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in definition.Variables)
        {
            variables[variable.Name] = variable.InitialValue is ScalarParameterValue { IsTemplate: true } template
                ? evaluator.Render(template.Text!, DataType.Any, scope)
                : ValueConversion.Normalize(Literal(variable.InitialValue));
        }

        return variables;
    }

    /// <summary>YAML scalars arrive as text; numbers and booleans written bare become numbers and booleans.</summary>
    private static object? Literal(ParameterValue value) => value switch
    {
        ScalarParameterValue { IsQuoted: false, Text: { } text } when long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
        ScalarParameterValue { IsQuoted: false, Text: { } text } when decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
        ScalarParameterValue { IsQuoted: false, Text: "true" or "false" } scalar => scalar.Text == "true",
        ListParameterValue list => list.Items.Select(Literal).ToList(),
        MapParameterValue map => map.Entries.ToDictionary(e => e.Key, e => Literal(e.Value), StringComparer.Ordinal),
        _ => value.ToPlainValue(),
    };
}
