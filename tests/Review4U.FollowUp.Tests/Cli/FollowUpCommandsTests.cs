using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Tests.Support;
using Review4U.FollowUp.Tests.Workflows;
using IcalCalendar = Ical.Net.Calendar;

namespace Review4U.FollowUp.Tests.Cli;

/// <summary>The `review4u vpi …` and `review4u plan …` commands, run as the real executable against the world's database.</summary>
public sealed class FollowUpCommandsTests : IAsyncLifetime
{
    private FollowUpWorld world = null!;
    private string folder = "";

    public async Task InitializeAsync()
    {
        world = await FollowUpWorld.CreateAsync(new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero));
        folder = Directory.CreateTempSubdirectory("r4u-followup-cli-").FullName;
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await world.DisposeAsync();
    }

    [Fact]
    public async Task Vpi_ImportListUpdateShowRequestAndReport_WhenRunFromTheCommandLine()
    {
        var bad = await RunAsync("vpi", "import", "--body", "NACSA-KE", Write("bad.csv", "key,title,owner,due\nP1,,contact05@org05.example,2027-13-01\n"));
        Assert.True(bad.ExitCode == 1, bad.Output);
        Assert.Contains("bad.csv:2: title: required", bad.Output, StringComparison.Ordinal);
        Assert.True(bad.Output.Contains("bad.csv:2: due: \"2027-13-01\" is not a date (expected yyyy-MM-dd)", StringComparison.Ordinal), bad.Output);
        Assert.Contains("nothing was imported", System.Text.RegularExpressions.Regex.Replace(bad.Output, @"\s+", " "), StringComparison.Ordinal); // the console may wrap

        var good = Write("good.csv", "key,parent,title,owner,due\nP1,,Referral mechanism,contact05@org05.example,2027-12-31\nP1.1,P1,SOPs adopted,contact06@org06.example,2027-06-30\n");
        Assert.Contains("would import", (await RunAsync("vpi", "import", "--body", "NACSA-KE", good, "--dry-run")).Output, StringComparison.Ordinal);
        await using (var db = world.OpenFollowUp())
        {
            Assert.False(await db.Commitments.AnyAsync());
        }

        Assert.Contains("commitments 2 new, 0 updated, 0 unchanged", (await RunAsync("vpi", "import", "--body", "NACSA-KE", good)).Output, StringComparison.Ordinal);
        Assert.Contains("commitments 0 new, 0 updated, 2 unchanged", (await RunAsync("vpi", "import", "--body", "NACSA-KE", good)).Output, StringComparison.Ordinal);

        var update = await RunAsync("vpi", "update", "P1", "--body", "NACSA-KE", "--status", "at-risk", "--progress", "20", "--note", "Budget cut.");
        Assert.Equal((0, "updated P1: at-risk, 20%"), (update.ExitCode, update.Output.Trim()));
        var refused = await RunAsync("vpi", "update", "P1", "--body", "NACSA-KE", "--status", "finished");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("status: \"finished\" is not one of not-started, on-track, at-risk, done, blocked; nothing was written.", System.Text.RegularExpressions.Regex.Replace(refused.Output, @"\s+", " "), StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync("vpi", "show", "P9", "--body", "NACSA-KE")).ExitCode);

        using (var list = JsonDocument.Parse((await RunAsync("vpi", "list", "--body", "NACSA-KE", "--json")).Output))
        {
            var items = list.RootElement.EnumerateArray().ToList();
            Assert.Equal(["P1", "P1.1"], items.Select(i => i.GetProperty("key").GetString()));
            Assert.Equal("P1", items[1].GetProperty("parent").GetString());
            Assert.Equal(CommitmentStatuses.AtRisk, items[0].GetProperty("status").GetString());
        }

        using (var show = JsonDocument.Parse((await RunAsync("vpi", "show", "P1", "--body", "NACSA-KE", "--json")).Output))
        {
            Assert.Equal(["import", "cli"], show.RootElement.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("source").GetString()));
        }

        var request = await RunAsync("vpi", "request-status", "--body", "NACSA-KE", "--period", "2026-11");
        Assert.Equal(0, request.ExitCode);
        await world.RunEngineAsync();
        Assert.Equal(2, (await world.DeliverAsync()).Count(d => d.Category == "vpi-status-request"));

        var report = await RunAsync("vpi", "report", "--body", "NACSA-KE", "--quarter", "2026-Q4", "--out", folder);
        Assert.Equal(0, report.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "NACSA-KE-vpi-progress-2026-Q4.docx")));
        Assert.True(File.Exists(Path.Combine(folder, "NACSA-KE-vpi-progress-2026-Q4.html")));
    }

    [Fact]
    public async Task Plan_DraftSubmitApproveShowAndExport_WhenRunFromTheCommandLine()
    {
        var file = Write("plan-2027.yaml", AnnualActivityPlanTests.PlanYaml("Policy brief on the UNTOC review"));
        Assert.Contains("version 1, 5 activities", (await RunAsync("plan", "draft", "--body", "NACSA-KE", file)).Output, StringComparison.Ordinal);
        Assert.NotEqual(0, (await RunAsync("plan", "submit", "--body", "NACSA-KE")).ExitCode); // --year missing
        Assert.Equal(0, (await RunAsync("plan", "submit", "--body", "NACSA-KE", "--year", "2027")).ExitCode);
        await world.RunEngineAsync();
        Assert.Equal(4, (await world.DeliverAsync()).Count);

        Assert.Equal(1, (await RunAsync("plan", "approve", "--body", "NACSA-KE", "--year", "2027", "--reviewer", "stranger@nowhere.example")).ExitCode);
        foreach (var n in new[] { 1, 2 })
        {
            Assert.Equal(0, (await RunAsync("plan", "approve", "--body", "NACSA-KE", "--year", "2027", "--reviewer", FollowUpWorld.Contact(n))).ExitCode);
        }

        var third = await RunAsync("plan", "approve", "--body", "NACSA-KE", "--year", "2027", "--reviewer", FollowUpWorld.Contact(3), "--comment", "Agreed at the SC meeting.");
        Assert.Contains("→ approved", third.Output, StringComparison.Ordinal);
        await world.RunEngineAsync();

        using (var show = JsonDocument.Parse((await RunAsync("plan", "show", "--body", "NACSA-KE", "--year", "2027", "--json")).Output))
        {
            Assert.Equal(PlanStatuses.Approved, show.RootElement.GetProperty("status").GetString());
            Assert.Equal(5, show.RootElement.GetProperty("activities").GetArrayLength());
        }

        var ics = Path.Combine(folder, "plan.ics");
        Assert.Equal(0, (await RunAsync("plan", "export-ics", "--body", "NACSA-KE", "--year", "2027", "-o", ics)).ExitCode);
        Assert.Equal(5, IcalCalendar.Load(await File.ReadAllTextAsync(ics))!.Events.Count);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "review4u.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--workflows");
        start.ArgumentList.Add(RepositoryPaths.Of("workflows"));
        start.Environment["REVIEW4U_DB"] = world.Database.ConnectionString;
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
