using Review4U.Workflows.Triggers;

namespace Review4U.TestKit.Workflows;

/// <summary>
/// Bodies for per-body cron triggers in engine tests, which have no domain schema; a test adds bodies as it goes.
/// Register it with <c>services.AddSingleton&lt;ITriggerBodies&gt;(list)</c>. Tests with the domain use the data module's
/// directory instead (<see cref="WorkflowTestHost.StartWithDomainAsync"/>).
/// </summary>
public sealed class TriggerBodyList : ITriggerBodies
{
    private readonly List<TriggerBody> bodies = [];
    private readonly Lock gate = new();

    public TriggerBodyList Add(string code, string kind, string timeZone)
    {
        lock (gate)
        {
            bodies.Add(new TriggerBody(Guid.NewGuid(), code, $"Body {code}", kind, timeZone));
        }

        return this;
    }

    public TriggerBody this[string code]
    {
        get
        {
            lock (gate)
            {
                return bodies.Single(body => body.Code == code);
            }
        }
    }

    public Task<IReadOnlyList<TriggerBody>> ListAsync(CancellationToken ct)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<TriggerBody>>([.. bodies.OrderBy(body => body.Code, StringComparer.Ordinal)]);
        }
    }
}
