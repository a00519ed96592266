using Review4U.Data;
using Review4U.Domain.Bodies;
using Review4U.TestKit.Workflows;
using Review4U.Workflows.Tests.Runtime.Support;

namespace Review4U.Workflows.Tests.Runtime;

/// <summary>The data module's body directory feeding per-body cron triggers, on one database with the domain schema.</summary>
public sealed class TriggerBodyDirectoryTests : IAsyncLifetime
{
    private WorkflowTestHost host = null!;
    private Body alliance = null!;
    private Body network = null!;

    public async Task InitializeAsync()
    {
        host = await WorkflowTestHost.StartWithDomainAsync(services => services.AddReview4UWorkflowStep<RecordEffectStep>());
        await host.ExecuteAsync(RecordEffectStep.CreateTable);
        alliance = Body.Create(new BodyProfile("NACSA-KE", "Kenya Civil Society Alliance", BodyKind.NationalAlliance, "KE", null, [],
            "Africa/Nairobi", ["en"], "en", Establishment.VpiContext, new DateOnly(2025, 1, 15)));
        network = Body.Create(new BodyProfile("NET4U-EU", "NET4U Europe", BodyKind.RegionalNetwork, null, "Europe", ["FR", "AT"],
            "Europe/Paris", ["en", "fr"], "en", Establishment.OwnInitiative, new DateOnly(2025, 1, 15)));
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(host.ConnectionString));
        db.Bodies.AddRange(alliance, network);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ListAsync_ReturnsEveryBodyWithKindAndZone_WhenBodiesAreSaved()
    {
        await using var db = new Review4UDbContext(Review4UDbContextOptions.For(host.ConnectionString));

        var listed = await new TriggerBodyDirectory(db).ListAsync(CancellationToken.None);

        Assert.Equal(
            [new(alliance.Id, "NACSA-KE", "Kenya Civil Society Alliance", "alliance", "Africa/Nairobi"), new(network.Id, "NET4U-EU", "NET4U Europe", "network", "Europe/Paris")],
            listed);
    }

    [Fact]
    public async Task StartDueTriggersAsync_StartsAnInstanceForEachAlliance_WhenTheDataModuleListsTheBodies()
    {
        host.Load("""
            id: alliance-check
            version: 1
            title: Alliance check
            inputs:
              bodyCode: { type: string, required: true }
            triggers:
              - type: cron
                cron: "0 9 * * *"
                forEachBody: alliance
                inputs: { bodyCode: "{{ body.code }}" }
            steps:
              - id: note
                type: recordEffect
                with: { label: "check {{ inputs.bodyCode }}" }
            """);
        host.Clock.SetUtcNow(new DateTimeOffset(2030, 3, 29, 6, 0, 0, TimeSpan.Zero)); // 09:00 in Nairobi

        await host.StartDueTriggersAsync();
        await host.RunUntilIdleAsync();

        Assert.Equal(1, await host.ScalarAsync<long>("SELECT count(*) FROM workflow.instances"));
        Assert.Equal(alliance.Id, await host.ScalarAsync<Guid>("SELECT body_id FROM workflow.instances"));
        Assert.Equal(1, await host.EffectsAsync("check NACSA-KE"));
    }
}
