using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Review4U.Bench.Running;
using Review4U.Bench.Support;
using Review4U.Bench.Support.Web;
using Review4U.Email.MagicLinks;
using Review4U.Rounds.Data;
using Review4U.Rounds.Launch;
using Review4U.Rounds.Model;
using Review4U.Rounds.Progress;

namespace Review4U.Bench.Scenarios;

/// <summary>
/// Scenario 5: a member's submit → visible in the round status, under 50 concurrent submitters, over HTTP on loopback
/// against the real web host. Each member's page is opened first (untimed: it hands out the antiforgery cookie and
/// token, as a browser would have them); then 50 virtual members POST their answers with action=submit. The handler
/// commits the answers and the task's status before it answers, so the POST's round trip is the time until the
/// submission is visible; <see cref="RoundProgressQuery"/> is read at the end and must show every submission.
/// Baseline, same run, same count and concurrency: a bare Kestrel endpoint reading the same form and doing one INSERT.
/// </summary>
public sealed partial class AnswerLatencyScenario : IScenario
{
    private const int Submitters = 50;
    private const int WarmUp = 20;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public string Name => "answers";

    public string FigureLabel => "answer submit p99 (real web host)";

    public string BaselineLabel => "bare HTTP + one INSERT p99";

    public string Unit => "ms";

    public bool HigherIsBetter => false;

    public bool SizeIndependent => true;

    /// <summary>Bounded: 1,000 member tasks at most (150 in a smoke run), and at most 20 s of submitting.</summary>
    public static int Tasks(bool smoke) => smoke ? 150 : 1_000;

    public string Describe(int size, bool smoke) =>
        $"{Tasks(smoke)} member tasks of a launched round (1,000-member alliance, shipped cluster I questionnaire); {Submitters} concurrent "
        + "virtual members each POST their answers (action=submit, one text per question routed to them) to the answer page of the real web "
        + "host (`Review4U.Web` composition and appsettings, Kestrel on 127.0.0.1, engine server on, outbox delivery off, pooled connections as deployed) after opening it "
        + $"(untimed: antiforgery cookie and token); latency = the POST round trip, which ends after the commit; at most {Budget.TotalSeconds:0} s. "
        + "`RoundProgressQuery` must then show every submission. Baseline: the same number of POSTs of the same forms, same concurrency, to a bare "
        + "Kestrel endpoint doing one Npgsql INSERT (same pooled connection string). Figure and baseline are p99; extras p50, submits/s, and solo p50 (the last 15 of 20 warm-up submits, one at a time, ours and bare), and CPU per submit during the loaded phases (the bench process: client, both hosts, engine server; and the bench database's PostgreSQL backends, from /proc). Size-independent (run once). Target p99 < 200 ms.";

    public async Task<RunFigures> RunOnceAsync(int size, bool smoke, CancellationToken ct)
    {
        await using var world = await RoundsBenchWorld.CreateAsync(1_000, ct);
        var roundId = await LaunchAsync(world, ct);
        var members = await IssueLinksAsync(world, roundId, Tasks(smoke), ct);

        // The test kit's connection strings turn pooling off (so that a test database can be dropped at once); a deployed
        // host pools (Npgsql's default; appsettings.json names no pooling setting). Both hosts get the deployed setting,
        // or every request would pay a PostgreSQL backend start-up (measured: 7 ms alone, ~330 ms under this load).
        var served = new NpgsqlConnectionStringBuilder(world.Database.ConnectionString) { Pooling = true }.ConnectionString;
        await using var web = await AnswerWebHost.StartAsync(served, ct);
        await using var raw = await RawAnswerHost.StartAsync(served, ct);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = Submitters });

        var opened = await ConcurrentLoad.RunAsync(members, Submitters, TimeSpan.FromMinutes(5), m => OpenAsync(http, web.Address, roundId, m, ct));
        if (opened.Count != members.Count)
        {
            throw new InvalidOperationException($"answers: opened {opened.Count} of {members.Count} pages.");
        }

        // The warm-up submits one at a time: past the first few (JIT, first connections) they give the cost of one submit
        // without queueing, which reads more steadily than the loaded p99 on a shared machine.
        var soloOurs = new List<double>();
        var soloBare = new List<double>();
        foreach (var member in members.Take(WarmUp))
        {
            soloOurs.Add((await SubmitAsync(http, web.Address, roundId, member, ct)).TotalMilliseconds);
            soloBare.Add((await SubmitRawAsync(http, raw.Address, member, ct)).TotalMilliseconds);
        }

        // CPU per submit (this process, and the PostgreSQL backends of the bench database) is read beside the latencies:
        // unlike them, it moves little with the load the other engineers put on the shared cores.
        var measured = members.Skip(WarmUp).ToList();
        using var counter = CommandCounter.StartIfAsked();
        MarkPhase("ours");
        var oursCpu = await CpuMeter.StartAsync(served, ct);
        var ours = await ConcurrentLoad.RunAsync(measured, Submitters, Budget, m => SubmitAsync(http, web.Address, roundId, m, ct));
        var (oursProcessMs, oursPostgresMs, _) = await oursCpu.StopAsync(ct);
        MarkPhase("ours end");
        var commands = counter?.Commands ?? 0;
        counter?.Dispose();
        var bareCpu = await CpuMeter.StartAsync(served, ct);
        var bare = await ConcurrentLoad.RunAsync(measured.Take(ours.Count).ToList(), Submitters, Budget, m => SubmitRawAsync(http, raw.Address, m, ct));
        var (bareProcessMs, barePostgresMs, _) = await bareCpu.StopAsync(ct);

        var watch = Stopwatch.StartNew();
        var progress = await world.Services.GetRequiredService<RoundProgressQuery>().GetAsync(roundId, ct)
            ?? throw new InvalidOperationException("answers: the round is not visible in RoundProgressQuery.");
        watch.Stop();
        var submitted = progress.Members.Count(m => m.Status == TaskStatuses.Submitted && m.QuestionsAnswered == m.QuestionsAsked);
        if (submitted != WarmUp + ours.Count)
        {
            throw new InvalidOperationException($"answers: the round status shows {submitted} fully answered submissions, expected {WarmUp + ours.Count}.");
        }

        return new RunFigures(ours.Percentile(99), bare.Percentile(99), new Dictionary<string, double>
        {
            ["p50 ms"] = ours.Percentile(50),
            ["raw p50 ms"] = bare.Percentile(50),
            ["submits"] = ours.Count,
            ["submits/s"] = ours.Throughput,
            ["raw/s"] = bare.Throughput,
            ["solo p50 ms"] = Median(soloOurs.Skip(WarmUp / 4)),
            ["raw solo p50 ms"] = Median(soloBare.Skip(WarmUp / 4)),
            ["page open p50 ms"] = opened.Percentile(50),
            ["status query ms"] = watch.Elapsed.TotalMilliseconds,
            ["process CPU ms/submit"] = oursProcessMs / ours.Count,
            ["raw process CPU ms/submit"] = bareProcessMs / bare.Count,
            ["PostgreSQL CPU ms/submit"] = oursPostgresMs / ours.Count,
            ["raw PostgreSQL CPU ms/submit"] = barePostgresMs / bare.Count,
        }.Concat(counter is null ? [] : [KeyValuePair.Create("commands/submit", (double)commands / ours.Count)]).ToDictionary());
    }

    private static async Task<Guid> LaunchAsync(RoundsBenchWorld world, CancellationToken ct)
    {
        // The web host runs on the real clock: the deadline must be ahead of it (the world's fake clock is earlier still).
        var launched = await world.Services.GetRequiredService<RoundLauncher>().LaunchAsync(new RoundLaunchRequest
        {
            BodyCode = RoundsBenchWorld.BodyCode,
            QuestionnaireId = RoundsBenchWorld.QuestionnaireId,
            Deadline = DateTimeOffset.UtcNow.AddDays(30),
        }, ct);
        await world.Drainer.DrainAsync();
        if (world.Drainer.Failures.Count > 0)
        {
            throw new InvalidOperationException("answers: engine jobs failed during the launch: " + world.Drainer.Failures[0]);
        }

        return launched.RoundId;
    }

    /// <summary>The invitations carry hashed tokens only, so each member gets a fresh link of its own (plain token kept here).</summary>
    private static async Task<IReadOnlyList<Member>> IssueLinksAsync(RoundsBenchWorld world, Guid roundId, int count, CancellationToken ct)
    {
        await using var db = new RoundsDbContext(RoundsDatabase.Options(world.Database.ConnectionString));
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.RoundId == roundId).OrderBy(t => t.OrganisationName).Take(count).ToListAsync(ct);
        var taskIds = tasks.Select(t => t.Id).ToList();
        var contacts = await db.TaskContacts.AsNoTracking().Where(c => taskIds.Contains(c.TaskId)).ToDictionaryAsync(c => c.TaskId, ct);
        var links = world.Services.GetRequiredService<IMagicLinkService>();
        await using var connection = new NpgsqlConnection(world.Database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var expiry = DateTimeOffset.UtcNow.AddDays(60);
        var tokens = await links.IssueManyAsync(transaction, tasks.Select(t => (new MagicLinkScope(t.BodyId, t.Id, contacts[t.Id].ContactId), expiry)).ToList(), ct);
        await transaction.CommitAsync(ct);
        return tasks.Select((t, i) => new Member(t.Id, tokens[i], t.QuestionIds)).ToList();
    }

    private static async Task<TimeSpan> OpenAsync(HttpClient http, Uri host, Guid roundId, Member member, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri(host, $"answers/{roundId}/{member.Token}"), ct);
        var html = await response.Content.ReadAsStringAsync(ct);
        watch.Stop();
        if (response.StatusCode != HttpStatusCode.OK || FormToken().Match(html) is not { Success: true } token)
        {
            throw new InvalidOperationException($"answers: opening task {member.TaskId} gave {(int)response.StatusCode} without a form token.");
        }

        member.FormToken = WebUtility.HtmlDecode(token.Groups[1].Value);
        member.Cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> SubmitAsync(HttpClient http, Uri host, Guid roundId, Member member, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host, $"answers/{roundId}/{member.Token}"))
        {
            Content = new FormUrlEncodedContent([.. Answers(member), new("action", "submit"), new("__RequestVerificationToken", member.FormToken!)]),
        };
        request.Headers.Add("Cookie", member.Cookie);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, ct);
        watch.Stop();
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.EndsWith("saved=submitted", StringComparison.Ordinal) == true
            ? watch.Elapsed
            : throw new InvalidOperationException($"answers: submitting task {member.TaskId} gave {(int)response.StatusCode}: {Truncate(await response.Content.ReadAsStringAsync(ct))}");
    }

    private static async Task<TimeSpan> SubmitRawAsync(HttpClient http, Uri host, Member member, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent([.. Answers(member), new("action", "submit")]);
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync(new Uri(host, $"raw/{member.TaskId}"), content, ct);
        watch.Stop();
        return response.StatusCode == HttpStatusCode.Redirect
            ? watch.Elapsed
            : throw new InvalidOperationException($"answers baseline: task {member.TaskId} gave {(int)response.StatusCode}.");
    }

    private static IEnumerable<KeyValuePair<string, string>> Answers(Member member) => member.QuestionIds.Select(q => new KeyValuePair<string, string>(
        "q." + q, string.Create(CultureInfo.InvariantCulture, $"Our organisation's answer to {q}: the legislation was reviewed in 2025; cases are documented in the annex, with the gaps we see in practice and the support victims receive.")));

    /// <summary>With REVIEW4U_BENCH_MARK_PHASES=1, writes the monotonic clock (ns, as <c>perf record -k monotonic</c> stamps samples) at a phase's start, to profile that phase alone.</summary>
    private static void MarkPhase(string phase)
    {
        if (Environment.GetEnvironmentVariable("REVIEW4U_BENCH_MARK_PHASES") == "1")
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answers phase {phase} at {Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency):F0} ns"));
        }
    }

    private static double Median(IEnumerable<double> values) => new LoadOutcome([.. values.Order()], TimeSpan.Zero).Percentile(50);

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    /// <summary>One virtual member: its task, link, routed questions, and the antiforgery pair its page handed out.</summary>
    private sealed class Member(Guid taskId, string token, IReadOnlyList<string> questionIds)
    {
        public Guid TaskId { get; } = taskId;

        public string Token { get; } = token;

        public IReadOnlyList<string> QuestionIds { get; } = questionIds;

        public string? FormToken { get; set; }

        public string Cookie { get; set; } = "";
    }
}
