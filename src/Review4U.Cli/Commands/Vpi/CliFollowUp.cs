using Microsoft.Extensions.DependencyInjection;
using Review4U.Cli.Infrastructure;
using Review4U.Email;
using Review4U.FollowUp;
using Review4U.Workflows.Hangfire;

namespace Review4U.Cli.Commands.Vpi;

/// <summary>
/// The follow-up module as the CLI uses it: email, engine (no Hangfire server: workers run the jobs) and follow-up on
/// the configured database; <c>REVIEW4U_PUBLIC_URL</c> sets the links' base, <c>REVIEW4U_UNODC_EMAIL</c> the UNODC copy.
/// </summary>
internal sealed class CliFollowUp : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly string workflows;

    public CliFollowUp(CliSettings settings, string workflowsFolder, TimeProvider? time = null)
    {
        workflows = workflowsFolder;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = settings.ConnectionString;
            o.TemplatesPath = Path.Combine(workflowsFolder, "templates");
            o.PublicBaseUrl = new Uri(Environment.GetEnvironmentVariable("REVIEW4U_PUBLIC_URL") ?? "http://127.0.0.1:5000/");
            o.UnsubscribeSecret = Environment.GetEnvironmentVariable("REVIEW4U_UNSUBSCRIBE_SECRET") ?? "";
        });
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = settings.ConnectionString);
        services.AddReview4UFollowUp(o =>
        {
            o.ConnectionString = settings.ConnectionString;
            o.UnodcEmail = Environment.GetEnvironmentVariable("REVIEW4U_UNODC_EMAIL") ?? "";
        });
        provider = services.BuildServiceProvider();
    }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Makes a shipped workflow startable; its validation errors stop the command.</summary>
    public Task LoadWorkflowAsync(string id, CancellationToken ct) =>
        WorkflowFiles.LoadAsync(provider, Path.Combine(workflows, id + ".yaml"), ct);

    /// <summary>Runs a module call, turning its refusals (unknown body, key, plan…) into the CLI's clear errors.</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (InvalidOperationException e)
        {
            throw new UserFacingException(e.Message, e);
        }
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
