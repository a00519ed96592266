using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Review4U.Data;
using Review4U.Workflows.Runtime;

namespace Review4U.Secretariat.Renewals;

/// <summary>Starts the <c>secretariat-renewal</c> workflow for a body's current term from the CLI (forced: any time in the term).</summary>
public sealed class RenewalStarter(IWorkflowRuntime runtime, IOptions<SecretariatOptions> options, TimeProvider time)
{
    public const string WorkflowId = "secretariat-renewal";

    public async Task<Guid> StartAsync(string bodyCode, CancellationToken ct)
    {
        await using var domain = new Review4UDbContext(Review4UDbContextOptions.For(options.Value.ConnectionString));
        var body = await RenewalLoader.LoadBodyAsync(domain, b => b.Code == bodyCode, ct)
            ?? throw new SecretariatException($"--body: no body has the code '{bodyCode}' (see `review4u bodies list`).");
        var today = body.Today(time);
        var term = body.SecretariatToRenewOn(today)
            ?? throw new SecretariatException($"{body.Code} has no secretariat term to renew (start one with `review4u secretariat start --body {body.Code}`).");
        return await runtime.StartAsync(new WorkflowStartRequest(WorkflowId)
        {
            Inputs = new Dictionary<string, object?> { ["bodyCode"] = body.Code, ["force"] = true },
            // One instance per term end: starting twice (or after the daily trigger did) finds the same renewal.
            IdempotencyKey = $"secretariat-renewal:{body.Code}:{term.Id:N}:{term.EndsOn:yyyyMMdd}",
            Actor = "cli",
            BodyId = body.Id,
        }, ct);
    }
}
