using Microsoft.EntityFrameworkCore;
using Review4U.Domain.Tests.MemberFiles;
using Review4U.TestKit.Domain;
using Review4U.TestKit.Postgres;

namespace Review4U.Domain.Tests.Cli;

public sealed class CliAppTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CliRunner _cli = null!;

    public async Task InitializeAsync()
    {
        _database = await DomainDatabase.CreateAsync();
        _cli = new CliRunner(_database.ConnectionString);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<(int ExitCode, string Output)> SeedAsync() => _cli.RunAsync("demo", "seed", "--samples", SampleFiles.Folder);

    [Fact]
    public async Task DbMigrate_AppliesEveryModulesMigrations_DomainFirst_WhenTheDatabaseIsEmpty()
    {
        await using var empty = await TestDatabase.CreateEmptyAsync();

        var (exitCode, output) = await new CliRunner(empty.ConnectionString).RunAsync("db", "migrate");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "migrated domain (schema review4u)\n"
            + "migrated workflow engine (schemas workflow, hangfire)\n"
            + "migrated email (schema email)\n"
            + "migrated contribution rounds (schema rounds)\n"
            + "migrated secretariat renewals and relays (schema secretariat)\n"
            + "migrated meetings (schema meetings)\n"
            + "migrated VPI follow-up and activity plans (schema followup)\n",
            output);
        await using var db = empty.OpenContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task DemoSeed_CreatesTheDemoBodies_AndChangesNothingTheSecondTime()
    {
        var first = await SeedAsync();
        var second = await SeedAsync();
        var list = await _cli.RunAsync("bodies", "list");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("NET4U-AF: imported 26 new organisations, 26 memberships", first.Output, StringComparison.Ordinal);
        Assert.Equal(
            "NET4U-AF: already there\nNACSA-KE: already there\nNET4U-AF: members already there\nNACSA-KE: members already there\n" +
            "NET4U-AF: governance already there\nNACSA-KE: governance already there\n",
            second.Output);
        Assert.Matches(@"NACSA-KE\s+│ Kenya Civil Society Alliance for UNTOC\s+│ national alliance\s+│ KE\s+│ 6", list.Output);
        Assert.Matches(@"NET4U-AF\s+│ NET4U Africa\s+│ regional network \(Africa\)\s+│ BF, BJ, .* ZM\s+│ 26", list.Output);
    }

    [Fact]
    public async Task BodiesShow_PrintsGovernanceSecretariatBalanceAndCoverage()
    {
        await SeedAsync();

        var (exitCode, output) = await _cli.RunAsync("bodies", "show", "NACSA-KE");

        Assert.Equal(0, exitCode);
        Assert.Contains("NACSA-KE — Kenya Civil Society Alliance for UNTOC", output, StringComparison.Ordinal);
        Assert.Matches(@"Coordinator\s+│ Amina Otieno <amina.otieno@hakiyouth.example.org>\s+│ Haki Youth Trust\s+│ 2024-02-01", output);
        Assert.Contains("Haki Youth Trust: 2024-02-01 → 2027-02-01, 2 renewal(s), 69 days to term end", output, StringComparison.Ordinal);
        Assert.Contains("KE: Mercy Chelangat <m.chelangat@interior.example.go.ke>, State Department for Internal Security, since 2024-11-01 (1 earlier)", output, StringComparison.Ordinal);
        Assert.Contains("gender balance: 3 women, 2 men, 0 other, 0 not declared (5 people) — balanced", output, StringComparison.Ordinal);
        Assert.Contains("missing: firearms", output, StringComparison.Ordinal);
        Assert.Matches(@"trafficking-in-persons\s+│ 3", output);
    }

    [Fact]
    public async Task BodiesShow_ShowsThePast_WhenGivenADate()
    {
        await SeedAsync();

        var (_, output) = await _cli.RunAsync("bodies", "show", "NET4U-AF", "--on", "2024-01-15");

        Assert.Contains("Dr. Koffi Kouassi", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Dawit Alemu", output, StringComparison.Ordinal);
        Assert.Contains("2023-06-20 → 2024-06-20, 0 renewal(s), 157 days to term end", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MembersImport_PrintsEveryProblemAndExitsWithOne_WhenTheFileIsBad()
    {
        await SeedAsync();
        var path = SampleFiles.PathOf("members-with-errors.csv");

        var (exitCode, output) = await _cli.RunAsync("members", "import", path, "--body", "NET4U-AF");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exitCode);
        Assert.Equal(22, lines.Length);
        Assert.Equal(path + ":11: contact1_email: \"ana@\" is not an email address", lines[8]);
        Assert.Equal($"error: 21 problem(s) in {path}; nothing was imported.", lines[^1]);
        await using var db = _database.OpenContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Good Neighbours Kenya"));
    }

    [Fact]
    public async Task MembersImport_WritesNothing_WhenItIsADryRun()
    {
        await _cli.RunAsync("bodies", "create", "NET4U-AF", "--name", "NET4U Africa", "--kind", "network", "--region", "Africa",
            "--countries", string.Join(',', ImportFixture.AfricaCountries), "--time-zone", "Africa/Nairobi", "--languages", "en,fr,ar,es", "--founded", "2023-06-20");

        var (exitCode, output) = await _cli.RunAsync("members", "import", SampleFiles.PathOf("net4u-africa-members.yaml"), "--body", "NET4U-AF", "--dry-run");

        Assert.Equal(0, exitCode);
        Assert.Contains("dry run, nothing written: would import", output, StringComparison.Ordinal);
        Assert.Contains("organisations 26 new, 0 updated, 0 unchanged; contacts 43 new, 0 updated; memberships 26 new", output, StringComparison.Ordinal);
        await using var db = _database.OpenContext();
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task MembersExport_WritesCsvThatReimportsWithoutChanges()
    {
        await SeedAsync();
        var path = Path.Combine(Path.GetTempPath(), $"r4u-cli-export-{Guid.NewGuid():N}.csv");
        try
        {
            var export = await _cli.RunAsync("members", "export", "--body", "NET4U-AF", "--out", path);
            var stdout = await _cli.RunAsync("members", "export", "--body", "NET4U-AF");
            var reimport = await _cli.RunAsync("members", "import", path, "--body", "NET4U-AF");

            Assert.Equal((0, $"exported 26 organisation(s) of NET4U-AF to {path}\n"), export);
            Assert.Equal(await File.ReadAllTextAsync(path), stdout.Output);
            Assert.Equal(0, reimport.ExitCode);
            Assert.Contains("organisations 0 new, 0 updated, 26 unchanged; contacts 0 new, 0 updated; memberships 0 new", reimport.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task MembersList_ListsOrganisationsWithContacts()
    {
        await SeedAsync();

        var (exitCode, output) = await _cli.RunAsync("members", "list", "--body", "NACSA-KE");

        Assert.Equal(0, exitCode);
        Assert.Contains("Mombasa Port Integrity Initiative", output, StringComparison.Ordinal);
        Assert.Contains("6 member organisation(s) of NACSA-KE", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesAssignAndEnd_KeepHistory_AndRefuseOverlaps()
    {
        await SeedAsync();

        var overlap = await _cli.RunAsync("roles", "assign", "--body", "NACSA-KE", "--role", "coordinator", "--email", "fatuma@coastlegalaid.example.org", "--from", "2026-12-01");
        var end = await _cli.RunAsync("roles", "end", "--body", "NACSA-KE", "--role", "coordinator", "--email", "amina.otieno@hakiyouth.example.org", "--on", "2026-12-01");
        var assign = await _cli.RunAsync("roles", "assign", "--body", "NACSA-KE", "--role", "coordinator", "--email", "FATUMA@coastlegalaid.example.org", "--from", "2026-12-01");
        var repeat = await _cli.RunAsync("roles", "assign", "--body", "NACSA-KE", "--role", "coordinator", "--email", "fatuma@coastlegalaid.example.org", "--from", "2026-12-01");
        var history = await _cli.RunAsync("roles", "list", "--body", "NACSA-KE");

        Assert.Equal((1, "error: NACSA-KE already has a Coordinator from 2024-02-01 to now (open term); end that term first (terms cannot overlap).\n"), overlap);
        Assert.Equal((0, "ended Coordinator term of amina.otieno@hakiyouth.example.org in NACSA-KE (2024-02-01 → 2026-12-01)\n"), end);
        Assert.Equal((0, "assigned Coordinator of NACSA-KE to Fatuma Salim (Coast Legal Aid Network) from 2026-12-01\n"), assign);
        Assert.Equal((0, "already assigned Coordinator of NACSA-KE to Fatuma Salim (Coast Legal Aid Network) from 2026-12-01\n"), repeat);
        Assert.Matches(@"Coordinator\s+│ Amina Otieno .*│ 2024-02-01 │ 2026-12-01 │", history.Output);
        Assert.Matches(@"Coordinator\s+│ Fatuma Salim .*│ 2026-12-01 │\s+│", history.Output);
    }

    [Fact]
    public async Task RolesAssign_CreatesTheWorkingGroup_AndAssignsTheObserver()
    {
        await SeedAsync();

        var lead = await _cli.RunAsync("roles", "assign", "--body", "NET4U-AF", "--role", "working-group-lead", "--group", "Cybercrime", "--email", "nadege.fotso@cyac.example.cm", "--from", "2026-01-10");
        var observer = await _cli.RunAsync("roles", "assign", "--body", "NET4U-AF", "--role", "government-observer", "--name", "Ada Bello", "--email", "a.bello@justice.example.gov.ng", "--ministry", "Federal Ministry of Justice", "--from", "2026-01-10");
        var unknown = await _cli.RunAsync("roles", "assign", "--body", "NET4U-AF", "--role", "chair", "--email", "x@example.org");

        Assert.Equal((0, "created working group \"Cybercrime\"\nassigned Working Group lead of Cybercrime of NET4U-AF to Nadège Fotso (Cameroon Youth Against Cybercrime) from 2026-01-10\n"), lead);
        Assert.Equal(0, observer.ExitCode);
        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("error: --role: \"chair\" is not a role (expected coordinator, co-coordinator,", unknown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretariatRenew_ExtendsTheTerm_AndStartRefusesAnOverlap()
    {
        await SeedAsync();

        var renew = await _cli.RunAsync("secretariat", "renew", "--body", "NACSA-KE");
        var start = await _cli.RunAsync("secretariat", "start", "--body", "NACSA-KE", "--from", "2026-12-01");
        var show = await _cli.RunAsync("bodies", "show", "NACSA-KE");

        Assert.Equal((0, "renewed NACSA-KE's secretariat term: it now ends on 2028-02-01 (was 2027-02-01)\n"), renew);
        Assert.Equal(1, start.ExitCode);
        Assert.Contains("Haki Youth Trust: 2024-02-01 → 2028-02-01, 3 renewal(s), 434 days to term end", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FocalPointsAppoint_KeepsThePreviousOneInTheHistory()
    {
        await SeedAsync();

        var appoint = await _cli.RunAsync("focal-points", "appoint", "--body", "NET4U-AF", "--country", "NG", "--ministry", "Federal Ministry of Justice",
            "--name", "Tunde Bello", "--email", "t.bello@justice.example.gov.ng", "--from", "2026-11-01");
        var list = await _cli.RunAsync("focal-points", "list", "--body", "NET4U-AF");

        Assert.Equal(0, appoint.ExitCode);
        Assert.Matches(@"NG\s+│ Adaeze Nwosu .*│ 2023-06-20 │ 2026-11-01 │", list.Output);
        Assert.Matches(@"NG\s+│ Tunde Bello .*│ 2026-11-01 │\s+│", list.Output);
    }

    [Fact]
    public async Task BodiesCreate_ExplainsTheProblem_WhenTheCountryIsNotIso()
    {
        var (exitCode, output) = await _cli.RunAsync("bodies", "create", "NACSA-XK", "--name", "X", "--kind", "alliance", "--country", "XY",
            "--time-zone", "Europe/Belgrade", "--founded", "2024-01-01");

        Assert.Equal((1, "error: \"XY\" is not an ISO 3166-1 alpha-2 country code.\n"), (exitCode, output));
    }

    [Theory]
    [InlineData("db", "migrate")]
    [InlineData("bodies", "create")]
    [InlineData("bodies", "list")]
    [InlineData("bodies", "show")]
    [InlineData("members", "import")]
    [InlineData("members", "list")]
    [InlineData("members", "export")]
    [InlineData("roles", "assign")]
    [InlineData("roles", "end")]
    [InlineData("roles", "list")]
    [InlineData("demo", "seed")]
    [InlineData("secretariat", "start")]
    [InlineData("secretariat", "renew")]
    [InlineData("focal-points", "appoint")]
    [InlineData("focal-points", "list")]
    public async Task Help_DescribesEveryVerbWithExamples(string area, string verb)
    {
        var (exitCode, output) = await _cli.RunAsync(area, verb, "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("DESCRIPTION:", output, StringComparison.Ordinal);
        Assert.Contains("EXAMPLES:", output, StringComparison.Ordinal);
        Assert.Contains($"review4u {area} {verb}", output, StringComparison.Ordinal);
    }
}
