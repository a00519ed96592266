using Microsoft.Extensions.DependencyInjection;
using Review4U.Cli.Infrastructure;
using Review4U.Domain;
using Review4U.Email;
using Review4U.Meetings;
using Review4U.Workflows.Hangfire;

namespace Review4U.Cli.Commands.Consultations;

/// <summary>
/// The meetings module as the CLI uses it: email, engine (no Hangfire server: workers run the jobs) and meetings on the
/// configured database, with both meeting workflows loaded. <c>REVIEW4U_PUBLIC_URL</c> sets the links' base.
/// </summary>
internal sealed class CliMeetings : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public CliMeetings(CliSettings settings, string workflows)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = settings.ConnectionString;
            o.TemplatesPath = Path.Combine(workflows, "templates");
            o.PublicBaseUrl = new Uri(Environment.GetEnvironmentVariable("REVIEW4U_PUBLIC_URL") ?? "http://127.0.0.1:5000/");
            o.UnsubscribeSecret = Environment.GetEnvironmentVariable("REVIEW4U_UNSUBSCRIBE_SECRET") ?? "";
        });
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = settings.ConnectionString);
        services.AddReview4UMeetings(o => o.ConnectionString = settings.ConnectionString);
        provider = services.BuildServiceProvider();
        Workflows = workflows;
    }

    public string Workflows { get; }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Makes a shipped meeting workflow startable; its validation errors stop the command.</summary>
    public Task LoadWorkflowAsync(string id, CancellationToken ct) =>
        WorkflowFiles.LoadAsync(provider, Path.Combine(Workflows, id + ".yaml"), ct);

    public static Guid ParseId(string text, string what = "meeting") =>
        Guid.TryParse(text, out var id) ? id : throw new DomainRuleException($"'{text}' is not a {what} id (a GUID, as `review4u consultations list` prints it).");

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
