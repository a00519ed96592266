using Microsoft.Extensions.DependencyInjection;
using Review4U.Cli.Commands.Rounds;
using Review4U.Cli.Infrastructure;
using Review4U.Email;
using Review4U.Rounds;
using Review4U.Secretariat;
using Review4U.Workflows.Hangfire;

namespace Review4U.Cli.Commands.Secretariat;

/// <summary>
/// The secretariat module as the CLI uses it, with what it needs (email, engine without a Hangfire server, rounds for
/// the relay's launch). <c>REVIEW4U_ADMIN_EMAIL</c> names the platform admin told of an undecided term's end.
/// </summary>
internal sealed class CliSecretariat : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly RoundsPaths paths;

    public CliSecretariat(CliSettings settings, RoundsPaths paths, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
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
        services.AddReview4USecretariat(o =>
        {
            o.ConnectionString = settings.ConnectionString;
            o.AdminEmail = Environment.GetEnvironmentVariable("REVIEW4U_ADMIN_EMAIL") ?? "";
        });
        provider = services.BuildServiceProvider();
        this.paths = paths;
    }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    /// <summary>Makes a shipped workflow startable; its validation errors stop the command.</summary>
    public Task LoadWorkflowAsync(string id, CancellationToken ct) =>
        WorkflowFiles.LoadAsync(provider, Path.Combine(paths.Workflows, id + ".yaml"), ct);

    /// <summary>Runs <paramref name="action"/>, turning the module's refusals into the CLI's one-line errors.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SecretariatException e)
        {
            throw new UserFacingException(e.Message, e);
        }
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
