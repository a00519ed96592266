using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Review4U.Meetings.Model;
using Review4U.Meetings.Tests.Support;

namespace Review4U.Meetings.Tests.Cli;

/// <summary>The `review4u consultations …` commands, run as the real executable against the meetings world's database.</summary>
public sealed class ConsultationsCommandsTests : IAsyncLifetime
{
    private MeetingsWorld world = null!;

    public async Task InitializeAsync() => world = await MeetingsWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Consultations_ListShowDateAgendaAndCancel_WhenRunFromTheCommandLine()
    {
        var meetingId = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, "2027-Q1");
        var list = await RunAsync("consultations", "list", "--body", MeetingsWorld.Alliance, "--json");
        Assert.True(list.ExitCode == 0, list.Output);
        using (var json = JsonDocument.Parse(list.Output))
        {
            var only = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal((meetingId.ToString(), "2027-Q1", "awaiting-date"), (only.GetProperty("id").GetString(), only.GetProperty("period").GetString(), only.GetProperty("status").GetString()));
        }

        var id = meetingId.ToString();
        var proposed = await RunAsync("consultations", "propose-date", id, "--starts", "2027-02-15T10:00", "--length", "PT90M", "--location", "Paris");
        Assert.True(proposed.ExitCode == 0, proposed.Output);
        Assert.Contains("2027-02-15 10:00 +01:00 (Europe/Paris)", Flat(proposed.Output), StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("consultations", "reschedule", id, "--starts", "2027-02-18T14:00")).ExitCode);
        Assert.Equal(0, (await RunAsync("consultations", "add-item", id, "--title", "Follow-up of the VPI priorities")).ExitCode);
        var show = await RunAsync("consultations", "show", id, "--json");
        Assert.True(show.ExitCode == 0, show.Output);
        using (var json = JsonDocument.Parse(show.Output))
        {
            Assert.Equal(1, json.RootElement.GetProperty("meeting").GetProperty("sequence").GetInt32());
            Assert.Equal(9, json.RootElement.GetProperty("participants").GetArrayLength());
            Assert.Equal("Follow-up of the VPI priorities", json.RootElement.GetProperty("agenda")[0].GetProperty("title").GetString());
        }

        var table = await RunAsync("consultations", "agenda", id);
        Assert.True(table.ExitCode == 0, table.Output);
        Assert.Contains("Follow-up", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("consultations", "cancel", id, "--reason", "Postponed")).ExitCode);
        var again = await RunAsync("consultations", "cancel", id);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Only a meeting that has not started can be cancelled", Flat(again.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consultations_RefuseBadInputWithAClearMessageAndWriteNothing_WhenGivenWrongValues()
    {
        var meetingId = await world.OpenAsync(MeetingKinds.Consultation, MeetingsWorld.Alliance, "2027-Q1");
        var id = meetingId.ToString();
        var before = await SnapshotAsync(meetingId);
        (string[] Args, string Message)[] cases =
        [
            (["consultations", "propose-date", id, "--starts", "2027-03-28T02:30"], "2027-03-28 02:30 does not exist in Europe/Paris"),
            (["consultations", "propose-date", id, "--starts", "next tuesday"], "--starts: \"next tuesday\" is not a local date and time"),
            (["consultations", "propose-date", id, "--starts", "2027-02-15T10:00", "--length", "PT13H"], "--length: a meeting lasts more than 0 and at most 12 hours"),
            (["consultations", "propose-date", id, "--starts", "2027-02-15T10:00", "--length", "two hours"], "--length: \"two hours\" is not an ISO 8601 duration"),
            (["consultations", "propose-date", "not-a-guid", "--starts", "2027-02-15T10:00"], "'not-a-guid' is not a meeting id"),
            (["consultations", "reschedule", id, "--starts", "2027-02-15T10:00"], "Only a scheduled meeting that has not started can be rescheduled"),
            (["consultations", "schedule", "--body", "NACSA-XX"], "--body: no body has the code 'NACSA-XX'"),
            (["consultations", "schedule", "--body", MeetingsWorld.Alliance, "--period", "2027-13"], "--period: expected a quarter such as 2027-Q1, got '2027-13'"),
            (["consultations", "schedule", "--body", MeetingsWorld.Alliance, "--kind", "plenary"], "--kind: expected one of consultation, steering-committee"),
            (["consultations", "add-item", id, "--title", "Too early"], "is not open for proposals (the meeting is awaiting-date)"),
            (["consultations", "attendance", id, "--email", MeetingsWorld.Contact(1), "--status", "attended"], "there is no attendance to record"),
            (["consultations", "minutes", id, "--file", "minutes.pdf", "--action", "only-two|parts"], "--action 1: expected \"owner@example.org|yyyy-MM-dd|Title\""),
            (["consultations", "minutes", id, "--file", "minutes.pdf", "--action", "a@b.example|2027-02-30|Title"], "--action 1: \"2027-02-30\" is not a date"),
            (["consultations", "forward-item", Guid.NewGuid().ToString()], "No agenda item has the id"),
            (["consultations", "complete-action", Guid.NewGuid().ToString()], "No action item has the id"),
        ];
        foreach (var (args, message) in cases)
        {
            var result = await RunAsync(args);
            Assert.True(result.ExitCode == 1, string.Join(' ', args) + "\n" + result.Output);
            Assert.Contains(message, Flat(result.Output), StringComparison.Ordinal);
        }

        Assert.Equal(before, await SnapshotAsync(meetingId));

        // Once dated: attendance of a stranger, and minutes before the meeting, are refused too.
        Assert.Equal(0, (await RunAsync("consultations", "propose-date", id, "--starts", "2027-02-15T10:00")).ExitCode);
        var dated = await SnapshotAsync(meetingId);
        var stranger = await RunAsync("consultations", "attendance", id, "--email", "stranger@elsewhere.example", "--status", "attended");
        Assert.Contains("--email: not invited to", Flat(stranger.Output), StringComparison.Ordinal);
        var status = await RunAsync("consultations", "attendance", id, "--email", MeetingsWorld.Contact(1), "--status", "maybe");
        Assert.Contains("--status: expected one of registered, declined, attended, absent, got 'maybe'", Flat(status.Output), StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"minutes-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "Minutes.");
        var early = await RunAsync("consultations", "minutes", id, "--file", file, "--action", $"{MeetingsWorld.Contact(4)}|2027-03-01|Brief");
        File.Delete(file);
        Assert.Contains("Minutes come after the meeting", Flat(early.Output), StringComparison.Ordinal);
        Assert.Equal(dated, await SnapshotAsync(meetingId));
    }

    [Fact]
    public async Task ConsultationsHelp_ShowsExamples_WhenAsked()
    {
        var help = await RunAsync("consultations", "minutes", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("consultations minutes", help.Output, StringComparison.Ordinal);
        Assert.Contains("--action", help.Output, StringComparison.Ordinal);
    }

    /// <summary>The console wraps long lines; messages are compared with whitespace runs as one space.</summary>
    private static string Flat(string output) => string.Join(' ', output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Everything a refused command could have written.</summary>
    private async Task<string> SnapshotAsync(Guid meetingId)
    {
        await using var db = world.OpenMeetings();
        var m = await db.Meetings.AsNoTracking().SingleAsync(r => r.Id == meetingId);
        var attendance = string.Join(",", await db.Participants.Where(p => p.MeetingId == meetingId).OrderBy(p => p.Email).Select(p => p.Attendance).ToListAsync());
        var counts = (await db.Meetings.CountAsync(), await db.AgendaItems.CountAsync(), await db.ActionItems.CountAsync(), (await world.OutboxCountAsync("meeting-invitation", "agenda-call")).Rows);
        return $"{m.Status} {m.StartsAt:O} {m.EndsAt:O} {m.Sequence} {m.MinutesFileName} {attendance} {counts}";
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
            start.ArgumentList.Add(RepositoryPaths.Of("workflows"));
        }

        start.Environment["REVIEW4U_DB"] = world.Database.ConnectionString;
        start.Environment["COLUMNS"] = "400";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
