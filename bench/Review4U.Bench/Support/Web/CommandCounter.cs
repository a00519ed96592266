using System.Diagnostics;

namespace Review4U.Bench.Support.Web;

/// <summary>
/// Counts the Npgsql commands (a batch counts once: one round trip) run inside HTTP requests of this process, from
/// Npgsql's and ASP.NET Core's activity sources; commands outside a request (the engine's server polling) are not
/// counted. A COMMIT is not traced by Npgsql: add one per committed request. Listening costs CPU, so the scenario
/// turns it on only when asked (environment variable <see cref="Variable"/> = 1), never in a measured pass.
/// </summary>
public sealed class CommandCounter : IDisposable
{
    public const string Variable = "REVIEW4U_BENCH_COUNT_COMMANDS";

    private readonly ActivityListener listener;
    private long commands;

    private CommandCounter()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = OnStarted,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public long Commands => Interlocked.Read(ref commands);

    public static CommandCounter? StartIfAsked() =>
        Environment.GetEnvironmentVariable(Variable) == "1" ? new CommandCounter() : null;

    public void Dispose() => listener.Dispose();

    private void OnStarted(Activity activity)
    {
        if (activity.Source.Name != "Npgsql")
        {
            return;
        }

        var root = activity;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        if (root.Source.Name == "Microsoft.AspNetCore")
        {
            Interlocked.Increment(ref commands);
        }
    }
}
