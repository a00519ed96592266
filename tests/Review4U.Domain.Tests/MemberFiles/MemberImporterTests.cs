using Microsoft.EntityFrameworkCore;
using Review4U.Data.Members;
using Review4U.TestKit.Domain;

namespace Review4U.Domain.Tests.MemberFiles;

public sealed class MemberImporterTests : ImportFixture
{
    [Fact]
    public async Task ImportFileAsync_ImportsThe26Organisations_FromTheSampleCsv()
    {
        var result = await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.csv"));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(new ImportCounts(26, 0, 0, 43, 0, 26), result.Counts);
        Assert.Equal((26, 43, 26), await CountRowsAsync());
        await using var db = Database.OpenContext();
        var lagos = await db.Organisations.Include(o => o.Contacts).SingleAsync(o => o.Key == "ng-lagos-anti-trafficking-coalition");
        Assert.Equal(["trafficking-in-persons"], lagos.ThematicAreas);
        Assert.Equal(["c.eze@latc.example.org", "t.bakare@latc.example.org", "i.okafor@latc.example.org"],
            lagos.Contacts.OrderBy(c => c.Position).Select(c => c.Email));
        Assert.Null(lagos.Contacts.Single(c => c.Position == 3).Gender);
        var body = await db.Bodies.SingleAsync(b => b.Code == "NET4U-AF");
        Assert.True(await db.Memberships.AllAsync(m => m.BodyId == body.Id && m.JoinedOn == new DateOnly(2025, 3, 10)));
    }

    [Fact]
    public async Task ImportFileAsync_ImportsThe26Organisations_FromTheSampleYaml()
    {
        var result = await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.yaml"));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(new ImportCounts(26, 0, 0, 43, 0, 26), result.Counts);
        Assert.Equal((26, 43, 26), await CountRowsAsync());
    }

    [Fact]
    public async Task ImportFileAsync_ChangesNothing_WhenTheSameFileIsImportedAgain()
    {
        await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.csv"));

        var again = await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.csv"));
        var yaml = await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.yaml"));

        Assert.Equal(new ImportCounts(0, 0, 26, 0, 0, 0), again.Counts);
        Assert.True(yaml.Counts!.ChangedNothing);
        Assert.Equal((26, 43, 26), await CountRowsAsync());
    }

    [Fact]
    public async Task ImportFileAsync_SharesOrganisations_WhenTheyBelongToAnAllianceAndANetwork()
    {
        await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.csv"));

        var kenya = await ImportFileAsync(SampleFiles.PathOf("nacsa-kenya-members.yaml"), "NACSA-KE");

        Assert.Equal(new ImportCounts(3, 0, 3, 4, 0, 6), kenya.Counts);
        Assert.Equal((29, 47, 32), await CountRowsAsync());
    }

    [Fact]
    public async Task ImportFileAsync_WritesNothing_WhenItIsADryRun()
    {
        var result = await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.csv"), dryRun: true);

        Assert.True(result.DryRun);
        Assert.Equal(new ImportCounts(26, 0, 0, 43, 0, 26), result.Counts);
        Assert.Equal((0, 0, 0), await CountRowsAsync());
    }

    [Fact]
    public async Task ImportAsync_UpdatesOnlyWhatChanged_WhenAFileChangesOneOrganisation()
    {
        await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.csv"));
        var text = (await File.ReadAllTextAsync(SampleFiles.PathOf("net4u-africa-members.csv")))
            .Replace("Fatuma Salim,fatuma@coastlegalaid.example.org,en,female", "Fatuma Salim,fatuma@coastlegalaid.example.org,ar,female", StringComparison.Ordinal);

        var result = await ImportTextAsync("members.csv", text);

        Assert.Equal(new ImportCounts(0, 1, 25, 0, 1, 0), result.Counts);
    }

    [Fact]
    public async Task ImportAsync_ReportsTheOwner_WhenAnEmailBelongsToAnotherOrganisation()
    {
        await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.csv"));
        const string text = """
            name,type,country,thematic_areas,contact1_name,contact1_email
            New Kenyan Forum,ngo,KE,firearms,Amina Otieno,Amina.Otieno@hakiyouth.example.org
            """;

        var result = await ImportTextAsync("new.csv", text);

        Assert.Equal(
            ["new.csv:2: contact1_email: \"Amina.Otieno@hakiyouth.example.org\" already belongs to a contact of \"Haki Youth Trust\" (key ke-haki-youth-trust)"],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal((26, 43, 26), await CountRowsAsync());
    }

    [Fact]
    public async Task ImportFileAsync_ReadsTheHeader_WhenTheFileStartsWithAByteOrderMark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"r4u-bom-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "name,type,country,thematic_areas,contact1_name,contact1_email\nBom Org,ngo,KE,firearms,Ana,ana@bom.example.org\n",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var result = await ImportFileAsync(path);

            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            Assert.Equal(1, result.Counts!.OrganisationsCreated);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ImportAsync_IgnoresEmptyTrailingColumns_WhenASpreadsheetSavedThem()
    {
        const string text = "name,type,country,thematic_areas,contact1_name,contact1_email,,\nTrailing Org,ngo,KE,firearms,Ana,ana@trailing.example.org,,\nShort Org,ngo,KE,firearms,Ben,ben@short.example.org\n";

        var result = await ImportTextAsync("trailing.csv", text);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Counts!.OrganisationsCreated);
    }

    [Fact]
    public async Task ImportAsync_Throws_WhenTheBodyDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => ImportTextAsync("m.csv", "name\n", "NACSA-XX"));

        Assert.Equal("No body has the code \"NACSA-XX\" (see `review4u bodies list`).", error.Message);
    }
}
