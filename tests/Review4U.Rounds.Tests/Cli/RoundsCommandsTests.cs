using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Cli;

/// <summary>The `review4u rounds …` commands, run as the real executable against the round world's database.</summary>
public sealed partial class RoundsCommandsTests : IAsyncLifetime
{
    private RoundsWorld world = null!;
    private string workflows = "";

    public async Task InitializeAsync()
    {
        world = await RoundsWorld.CreateAsync();
        // A workflows folder as the CLI expects it: the shipped workflow and templates, the tests' questionnaire.
        workflows = Directory.CreateTempSubdirectory("r4u-cli-").FullName;
        File.Copy(RepositoryPaths.Of("workflows/contribution-round.yaml"), Path.Combine(workflows, "contribution-round.yaml"));
        CopyFolder(RepositoryPaths.Of("workflows/templates"), Path.Combine(workflows, "templates"));
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "Support", "questionnaires"), Path.Combine(workflows, "questionnaires"));
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(workflows, recursive: true);
        await world.DisposeAsync();
    }

    [Fact]
    public async Task Rounds_LaunchAddStatusExtendAndClose_WhenRunFromTheCommandLine()
    {
        var launch = await RunAsync("rounds", "launch", "--body", "NACSA-KE", "--questionnaire", "untoc-sample", "--deadline", "2099-01-15", "--quorum", "2", "--review-days", "5", "--key", "cli-test");
        Assert.Equal(0, launch.ExitCode);
        var roundId = RoundIdPattern().Match(launch.Output).Groups[1].Value;
        Assert.NotEmpty(roundId);
        await using (var db = world.OpenRounds())
        {
            Assert.Equal(5, (await db.Rounds.SingleAsync(r => r.Id == Guid.Parse(roundId))).ReviewDays);
        }

        var again = await RunAsync("rounds", "launch", "--body", "NACSA-KE", "--questionnaire", "untoc-sample", "--deadline", "2099-01-15", "--key", "cli-test");
        Assert.Contains("already launched round " + roundId, again.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync("rounds", "add-recipients", roundId, "--recipients", "area:trafficking-in-persons")).ExitCode);
        var status = await RunAsync("rounds", "status", roundId, "--json");
        Assert.Equal(0, status.ExitCode);
        using var json = JsonDocument.Parse(status.Output);
        var members = json.RootElement.GetProperty("members").EnumerateArray().ToList();
        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Equal("pending", m.GetProperty("status").GetString()));

        var bars = await RunAsync("rounds", "status", roundId);
        Assert.True(bars.ExitCode == 0, bars.Output);
        Assert.Contains("Coverage per question", bars.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("rounds", "extend", roundId, "--deadline", "2099-02-01")).ExitCode);
        var earlier = await RunAsync("rounds", "extend", roundId, "--deadline", "2099-01-20");
        Assert.Equal(1, earlier.ExitCode);
        Assert.Contains("must be after the current one", earlier.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("rounds", "close", roundId)).ExitCode);

        var bad = await RunAsync("rounds", "launch", "--body", "NACSA-KE", "--questionnaire", "nope", "--deadline", "2099-01-15");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--questionnaire: no questionnaire has the id 'nope'", bad.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoRound_LeavesARoundInProgressOnTheDemoAlliance_WhenRunAfterDemoSeed()
    {
        await using var empty = await RoundsWorld.CreateAsync(seed: false);
        CopyFolder(RepositoryPaths.Of("workflows/questionnaires"), Path.Combine(workflows, "questionnaires"));
        var seed = await RunAsync(empty, ["demo", "seed", "--samples", RepositoryPaths.Of("docs/samples")], withWorkflows: false);
        Assert.True(seed.ExitCode == 0, seed.Output);

        var demo = await RunAsync(empty, "demo", "round");
        Assert.True(demo.ExitCode == 0, demo.Output);
        var roundId = RoundIdPattern().Match(demo.Output).Groups[1].Value;
        var status = await RunAsync(empty, "rounds", "status", roundId, "--json");
        using var json = JsonDocument.Parse(status.Output);
        var statuses = json.RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("status").GetString()).ToList();
        Assert.Contains("submitted", statuses);
        Assert.Contains("draft", statuses);
        Assert.Contains("pending", statuses);
        Assert.Contains("exists already", (await RunAsync(empty, "demo", "round")).Output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(world, args, withWorkflows: true);

    private Task<(int ExitCode, string Output)> RunAsync(RoundsWorld target, params string[] args) => RunAsync(target, args, withWorkflows: true);

    private async Task<(int ExitCode, string Output)> RunAsync(RoundsWorld target, string[] args, bool withWorkflows)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "review4u.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (withWorkflows)
        {
            start.ArgumentList.Add("--workflows");
            start.ArgumentList.Add(workflows);
        }

        start.Environment["REVIEW4U_DB"] = target.Database.ConnectionString;
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"round ([0-9a-f-]{36})")]
    private static partial Regex RoundIdPattern();
}
