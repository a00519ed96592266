using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Review4U.Domain.Bodies;
using Review4U.Rounds.Launch;
using Review4U.Secretariat.Tests.Support;

namespace Review4U.Secretariat.Tests.Cli;

/// <summary>The `review4u secretariat renewal …` and `review4u relay …` commands, run as the real executable against the world's database.</summary>
public sealed partial class SecretariatCommandsTests : IAsyncLifetime
{
    private SecretariatWorld world = null!;
    private string workflows = "";

    public async Task InitializeAsync()
    {
        world = await SecretariatWorld.CreateAsync();
        workflows = Directory.CreateTempSubdirectory("r4u-secretariat-cli-").FullName;
        foreach (var file in new[] { "secretariat-renewal.yaml", "contribution-round.yaml" })
        {
            File.Copy(RepositoryPaths.Of("workflows/" + file), Path.Combine(workflows, file));
        }

        CopyFolder(RepositoryPaths.Of("workflows/templates"), Path.Combine(workflows, "templates"));
        CopyFolder(RepositoryPaths.Of("workflows/questionnaires"), Path.Combine(workflows, "questionnaires"));
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(workflows, recursive: true);
        await world.DisposeAsync();
    }

    [Fact]
    public async Task SecretariatRenewal_StartsShowsStatusAndRefusesBadInput_WhenRunFromTheCommandLine()
    {
        var ke = await world.CreateBodyAsync("NACSA-KE", "KE", "Africa/Nairobi", new DateOnly(2026, 3, 1));

        var start = await RunAsync("secretariat", "renewal", "start", "--body", "NACSA-KE");
        Assert.True(start.ExitCode == 0, start.Output);
        Assert.Contains("started the secretariat renewal of NACSA-KE", start.Output, StringComparison.Ordinal);
        await world.RunEngineAsync(); // the worker's part, on the test's clock

        var status = await RunAsync("secretariat", "renewal", "status", "--body", "NACSA-KE", "--json");
        Assert.True(status.ExitCode == 0, status.Output);
        using (var json = JsonDocument.Parse(status.Output))
        {
            Assert.Equal("collecting", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(6, json.RootElement.GetProperty("emailsQueued").GetProperty("secretariat-interest-call").GetInt32());
        }

        var table = await RunAsync("secretariat", "renewal", "status", "--body", "NACSA-KE");
        Assert.Contains("secretariat-interest-call", table.Output, StringComparison.Ordinal);
        Assert.Equal("[]", (await RunAsync("secretariat", "renewal", "interests", "--body", "NACSA-KE", "--json")).Output.Trim());

        var early = await RunAsync("secretariat", "renewal", "decide", "--body", "NACSA-KE", "--as", ke.Contact(2).Email, "--renew");
        var both = await RunAsync("secretariat", "renewal", "decide", "--body", "NACSA-KE", "--as", ke.Contact(2).Email, "--renew", "--candidate", "x");
        var nobody = await RunAsync("secretariat", "renewal", "status", "--body", "NACSA-ZZ");
        var noRenewal = await RunAsync("secretariat", "renewal", "status", "--body", "NACSA-UG");
        Assert.Equal(1, early.ExitCode);
        Assert.Contains("The vote opens when expressions of interest close", early.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, both.ExitCode);
        Assert.Contains("exactly one of --renew and --candidate", both.Output, StringComparison.Ordinal);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("--body: no body has the code 'NACSA-ZZ'", nobody.Output, StringComparison.Ordinal);
        Assert.Equal(1, noRenewal.ExitCode);
        await using var db = world.OpenSecretariat();
        Assert.Empty(await db.Votes.ToListAsync());

        var help = await RunAsync("secretariat", "renewal", "--help");
        Assert.Contains("secretariat renewal decide --body NACSA-KE --as", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relay_CallsTheNetworksAlliancesAndLaunchesTheirRound_WhenRunFromTheCommandLine()
    {
        var network = await world.CreateBodyAsync("NET4U-AF", "KE", "Africa/Nairobi", null, 3, BodyKind.RegionalNetwork, ["KE", "UG"]);
        var ke = await world.CreateBodyAsync("NACSA-KE", "KE", "Africa/Nairobi", null, 3);
        await world.CreateBodyAsync("NACSA-FR", "FR", "Europe/Paris", null, 3);
        var round = await world.Get<RoundLauncher>().LaunchAsync(new RoundLaunchRequest
        {
            BodyCode = network.Code, QuestionnaireId = "cluster-i-criminalization-jurisdiction", Deadline = new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero), StartWorkflow = false,
        }, CancellationToken.None);

        var call = await RunAsync("relay", "call", "--network", "NET4U-AF", "--round", round.RoundId.ToString(), "--json");
        Assert.True(call.ExitCode == 0, call.Output);
        using var json = JsonDocument.Parse(call.Output);
        var relayId = json.RootElement.GetProperty("relayId").GetGuid();
        Assert.Equal("NACSA-KE", Assert.Single(json.RootElement.GetProperty("targets").EnumerateArray()).GetProperty("allianceCode").GetString());
        Assert.Contains("relayed before", (await RunAsync("relay", "call", "--network", "NET4U-AF", "--round", round.RoundId.ToString())).Output, StringComparison.Ordinal);

        var launch = await RunAsync("relay", "launch", "--alliance", "NACSA-KE", "--relay", relayId.ToString("N"), "--deadline", "2099-02-01");
        Assert.True(launch.ExitCode == 0, launch.Output);
        Assert.Matches(RoundLaunched(), launch.Output);
        var outsider = await RunAsync("relay", "launch", "--alliance", "NACSA-FR", "--relay", relayId.ToString("N"));
        var fromAlliance = await RunAsync("relay", "call", "--network", "NACSA-KE", "--round", round.RoundId.ToString());
        Assert.Equal(1, outsider.ExitCode);
        Assert.Contains("was not relayed to NACSA-FR", string.Join(" ", outsider.Output.Split(["\n", " "], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal(1, fromAlliance.ExitCode);
        await using var db = world.OpenSecretariat();
        Assert.NotNull((await db.RelayTargets.SingleAsync(t => t.BodyId == ke.Id)).LinkedRoundId);
        Assert.Contains("relay call --network NET4U-AF --round", (await RunAsync("relay", "--help")).Output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "review4u.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (!args.Contains("--help"))
        {
            start.ArgumentList.Add("--workflows");
            start.ArgumentList.Add(workflows);
        }

        start.Environment["REVIEW4U_DB"] = world.Database.ConnectionString;
        start.Environment["COLUMNS"] = "240";
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

    [GeneratedRegex(@"launched round [0-9a-f-]{36} of NACSA-KE")]
    private static partial Regex RoundLaunched();
}
