using Microsoft.EntityFrameworkCore;
using Review4U.Data;
using Review4U.Domain.Members;
using Review4U.Rounds.Recipients;
using Review4U.Rounds.Tests.Support;

namespace Review4U.Rounds.Tests.Recipients;

/// <summary>
/// Who each rule asks, read from a real database: current members in name order, each with the contact that receives
/// the task (first position, or the listed one), and nobody without a contact.
/// </summary>
public sealed class RecipientResolverTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Today = DateOnly.FromDateTime(RoundsWorld.Start.UtcDateTime);
    private RoundsWorld world = null!;

    public async Task InitializeAsync()
    {
        world = await RoundsWorld.CreateAsync();
        await using var db = OpenDomain();
        var body = await db.Bodies.Include(b => b.Memberships).SingleAsync(b => b.Id == world.BodyId);
        // Two contacts, the second listed by email; one without any contact; one that left before today.
        var twoContacts = MemberOrganisation.Create("two-contacts", new OrganisationProfile("Aa Two Contacts", OrganisationType.Ngo, "KE", ["firearms"], ["advocacy"]));
        twoContacts.UpsertContact(new ContactDetails("Second Person", "second@two.example", "fr", null), 2);
        twoContacts.UpsertContact(new ContactDetails("First Person", "first@two.example", "en", null), 1);
        var noContact = MemberOrganisation.Create("no-contact", new OrganisationProfile("Ab No Contact", OrganisationType.Ngo, "KE", ["firearms"], ["advocacy"]));
        var left = MemberOrganisation.Create("left", new OrganisationProfile("Ac Left", OrganisationType.Ngo, "KE", ["firearms"], ["advocacy"]));
        left.UpsertContact(new ContactDetails("Gone Person", "gone@left.example", "en", null), 1);
        db.Organisations.AddRange(twoContacts, noContact, left);
        foreach (var organisation in new[] { twoContacts, noContact, left })
        {
            body.Admit(organisation, new DateOnly(2025, 6, 1));
        }

        body.Release(left.Id, Today.AddDays(-1));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task ResolveAsync_GivesEveryCurrentMemberWithAContact_ByNameWithItsFirstContact_WhenTheRuleIsAll()
    {
        var recipients = await ResolveAsync("all");

        var expected = world.Organisations.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => o.Name).Prepend("Aa Two Contacts");
        Assert.Equal(expected, recipients.Select(r => r.Name));
        var two = recipients[0];
        Assert.Equal(("First Person", "first@two.example", "en"), Single(two));
        var first = world.Organisations.Single(o => o.Key == "org-01");
        Assert.Equal(first.Contacts[0].Id, recipients.Single(r => r.OrganisationId == first.Id).Contacts.Single().ContactId);
        Assert.Equal(first.ThematicAreas, recipients.Single(r => r.OrganisationId == first.Id).ThematicAreas);
    }

    [Fact]
    public async Task ResolveAsync_GivesOnlyMembersWorkingOnTheArea_WhenTheRuleIsAnArea()
    {
        var recipients = await ResolveAsync("area:trafficking-in-persons");

        var expected = world.Organisations.Where(o => o.ThematicAreas.Contains("trafficking-in-persons")).Select(o => o.Id).Order();
        Assert.NotEmpty(recipients);
        Assert.Equal(expected, recipients.Select(r => r.OrganisationId).Order());
    }

    [Fact]
    public async Task ResolveAsync_GivesTheWorkingGroupsLeadAndMembers_WhenTheRuleIsAGroup()
    {
        var recipients = await ResolveAsync($"group:{world.WorkingGroupId}");

        Assert.Equal(new[] { "org-05", "org-29", "org-30" }, recipients.Select(r => KeyOf(r.OrganisationId)).Order());
    }

    [Fact]
    public async Task ResolveAsync_GivesTheListedContact_WhenTheListNamesAnEmailOrAnOrganisationKey()
    {
        var recipients = await ResolveAsync("list:SECOND@two.example, org-02, left, no-contact");

        Assert.Equal(new[] { "Aa Two Contacts", "Organisation 02" }, recipients.Select(r => r.Name));
        Assert.Equal(("Second Person", "second@two.example", "fr"), Single(recipients[0]));
        Assert.Equal("contact02@org02.example", recipients[1].Contacts.Single().Email);
    }

    private async Task<IReadOnlyList<Recipient>> ResolveAsync(string rule)
    {
        await using var db = OpenDomain();
        return await RecipientResolver.ResolveAsync(db, world.BodyId, RecipientRule.Parse(rule), Today, None);
    }

    private static (string Name, string Email, string Language) Single(Recipient recipient) =>
        recipient.Contacts.Single() is var c ? (c.Name, c.Email, c.Language) : default;

    private string KeyOf(Guid organisationId) => world.Organisations.Single(o => o.Id == organisationId).Key;

    private Review4UDbContext OpenDomain() => new(Review4UDbContextOptions.For(world.Database.ConnectionString));
}
