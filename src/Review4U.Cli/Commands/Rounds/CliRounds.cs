using Microsoft.Extensions.DependencyInjection;
using Review4U.Cli.Infrastructure;
using Review4U.Email;
using Review4U.Rounds;
using Review4U.Workflows.Hangfire;

namespace Review4U.Cli.Commands.Rounds;

/// <summary>
/// The rounds module as the CLI uses it: email, engine (no Hangfire server: workers run the jobs) and rounds on the
/// configured database. Paths are relative to the repository root by default; <c>REVIEW4U_PUBLIC_URL</c> and
/// <c>REVIEW4U_UNSUBSCRIBE_SECRET</c> set the links' base and the reminders' unsubscribe key.
/// </summary>
internal sealed class CliRounds : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public CliRounds(CliSettings settings, RoundsPaths paths, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddReview4UEmail(o =>
        {
            o.ConnectionString = settings.ConnectionString;
            o.TemplatesPath = paths.Templates;
            o.PublicBaseUrl = new Uri(Environment.GetEnvironmentVariable("REVIEW4U_PUBLIC_URL") ?? "http://127.0.0.1:5000/");
            o.UnsubscribeSecret = Environment.GetEnvironmentVariable("REVIEW4U_UNSUBSCRIBE_SECRET") ?? "";
        });
        services.AddReview4UWorkflowEngine(o => o.ConnectionString = settings.ConnectionString);
        services.AddReview4URounds(o =>
        {
            o.ConnectionString = settings.ConnectionString;
            o.QuestionnairesPath = paths.Questionnaires;
        });
        provider = services.BuildServiceProvider();
        Paths = paths;
        ConnectionString = settings.ConnectionString;
    }

    public string ConnectionString { get; }

    public RoundsPaths Paths { get; }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Makes the shipped contribution-round workflow startable; its validation errors stop the command.</summary>
    public Task LoadWorkflowAsync(CancellationToken ct) =>
        WorkflowFiles.LoadAsync(provider, Path.Combine(Paths.Workflows, "contribution-round.yaml"), ct);

    public static Guid ParseId(string text) =>
        Guid.TryParse(text, out var id) ? id : throw new UserFacingException($"'{text}' is not a round id (a GUID, as `review4u rounds launch` printed it).");

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
