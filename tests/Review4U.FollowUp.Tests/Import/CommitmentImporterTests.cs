using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Data.Members;
using Review4U.FollowUp.Import;
using Review4U.FollowUp.Model;
using Review4U.FollowUp.Tests.Support;

namespace Review4U.FollowUp.Tests.Import;

/// <summary>The shipped samples against the demo alliance's members: YAML and CSV import, re-import by key, errors with lines.</summary>
public sealed class CommitmentImporterTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private FollowUpWorld world = null!;

    public async Task InitializeAsync()
    {
        world = await FollowUpWorld.CreateAsync(new DateTimeOffset(2027, 1, 4, 6, 0, 0, TimeSpan.Zero));
        await using var scope = world.Services.CreateAsyncScope();
        var members = await scope.ServiceProvider.GetRequiredService<MemberImporter>()
            .ImportFileAsync(RepositoryPaths.Of("docs/samples/nacsa-kenya-members.yaml"), "NACSA-KE", dryRun: false, None);
        Assert.True(members.Succeeded, string.Join("\n", members.Problems));
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ImportFileAsync_CreatesCommitmentsWithChildrenAndIndicators_WhenTheSampleYamlIsImported()
    {
        var result = await Importer.ImportFileAsync(RepositoryPaths.Of("docs/samples/nacsa-kenya-vpi-priorities.yaml"), "NACSA-KE", false, None);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal((7, 0, 0), (result.Created, result.Updated, result.Unchanged));
        await using var db = world.OpenFollowUp();
        var p1 = await db.Commitments.SingleAsync(c => c.Key == "P1");
        Assert.Equal(["P1.1", "P1.2"], await db.Commitments.Where(c => c.ParentId == p1.Id).OrderBy(c => c.Position).Select(c => c.Key).ToListAsync());
        Assert.Equal(("Coast Legal Aid Network", "fatuma@coastlegalaid.example.org", CommitmentStatuses.NotStarted), (p1.OwnerOrganisationName, p1.OwnerEmail, p1.Status));
        Assert.Equal(["Counties with a referral focal point", "Victims referred to assistance per year"],
            await db.Indicators.Where(i => i.CommitmentId == p1.Id).OrderBy(i => i.Position).Select(i => i.Name).ToListAsync());
        Assert.Equal(7, await db.Timeline.CountAsync(t => t.Source == UpdateSources.Import));
        Assert.True(await db.Commitments.AllAsync(c => c.BodyId == world.BodyId));
    }

    [Fact]
    public async Task ImportFileAsync_MatchesByKey_WhenTheSameCommitmentsAreImportedAgainAsCsv()
    {
        await Importer.ImportFileAsync(RepositoryPaths.Of("docs/samples/nacsa-kenya-vpi-priorities.yaml"), "NACSA-KE", false, None);
        await world.Get<FollowUpQueries>().UpdateAsync("NACSA-KE", "P3", new Review4U.FollowUp.Status.StatusUpdate(CommitmentStatuses.AtRisk, 30, "Data missing from two counties."), "coordinator", None);

        var again = await Importer.ImportFileAsync(RepositoryPaths.Of("docs/samples/nacsa-kenya-vpi-priorities.csv"), "NACSA-KE", false, None);
        var changed = await Importer.ImportAsync("p.csv", new StringReader(
            "key,title,owner,due\nP3,Publish annual firearms statistics,kevin@nfap.example.or.ke,2027-05-31\nP6,Join the UNTOC review country visit,amina.otieno@hakiyouth.example.org,2027-10-15\n"),
            "NACSA-KE", false, None);

        Assert.Equal((0, 0, 7), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((1, 1, 0), (changed.Created, changed.Updated, changed.Unchanged));
        await using var db = world.OpenFollowUp();
        var p3 = await db.Commitments.SingleAsync(c => c.Key == "P3");
        Assert.Equal(("Publish annual firearms statistics", new DateOnly(2027, 5, 31), CommitmentStatuses.AtRisk, 30), (p3.Title, p3.DueDate, p3.Status, p3.Progress));
        Assert.Equal(8, await db.Commitments.CountAsync());
    }

    [Fact]
    public async Task ImportFileAsync_ReportsEveryProblemWithItsLineAndWritesNothing_WhenTheFileHasErrors()
    {
        var result = await Importer.ImportFileAsync(RepositoryPaths.Of("docs/samples/vpi-priorities-with-errors.csv"), "NACSA-KE", false, None);
        var yaml = await Importer.ImportAsync("bad.yaml", new StringReader("""
            commitments:
              - key: P1
                title: Referral mechanism
                owner: fatuma@coastlegalaid.example.org
                due: 2027-12-31
                colour: red
                items:
                  - key: P1.1
                    owner: fatuma@coastlegalaid.example.org
                    due: 2027-02-30
            """), "NACSA-KE", false, None);

        Assert.Equal(
            [
                "vpi-priorities-with-errors.csv:2: due: \"31/12/2027\" is not a date (expected yyyy-MM-dd)",
                "vpi-priorities-with-errors.csv:3: parent: \"P9\" is not a commitment above in this file nor an imported one",
                "vpi-priorities-with-errors.csv:4: title: required",
                "vpi-priorities-with-errors.csv:4: owner: \"nobody@nowhere.example\" is not a contact of a member organisation of this body",
                "vpi-priorities-with-errors.csv:4: area: \"coordination\" is not a thematic area (expected one of untoc-implementation, government-coordination, trafficking-in-persons, smuggling-of-migrants, firearms, drugs-corruption, emerging-crimes)",
                "vpi-priorities-with-errors.csv:5: key: \"P1\" is used twice (first on line 2)",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(
            ["bad.yaml:6: colour: unknown field (expected key, title, description, owner, due, area, indicators, items)"],
            yaml.Problems.Select(p => p.ToString()));
        var dates = await Importer.ImportAsync("bad.yaml", new StringReader("""
            commitments:
              - key: P1
                title: Referral mechanism
                owner: fatuma@coastlegalaid.example.org
                due: 2027-12-31
                items:
                  - key: P1.1
                    owner: fatuma@coastlegalaid.example.org
                    due: 2027-02-30
            """), "NACSA-KE", false, None);
        Assert.Equal(
            ["bad.yaml:7: title: required", "bad.yaml:9: due: \"2027-02-30\" is not a date (expected yyyy-MM-dd)"],
            dates.Problems.Select(p => p.ToString()));
        await using var db = world.OpenFollowUp();
        Assert.False(await db.Commitments.AnyAsync());
        Assert.False(await db.Timeline.AnyAsync());
    }

    private CommitmentImporter Importer => world.Get<CommitmentImporter>();
}
