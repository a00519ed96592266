using Microsoft.EntityFrameworkCore;
using Review4U.Data.Members;
using Review4U.TestKit.Domain;

namespace Review4U.Domain.Tests.MemberFiles;

public sealed class MemberExporterTests : ImportFixture
{
    [Fact]
    public async Task ExportCsvAsync_ReimportsIdentically_IntoAFreshDatabase()
    {
        await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.csv"));
        var first = await ExportAsync(Database);
        await using var fresh = await DomainDatabase.CreateAsync();
        await CreateBodiesAsync(fresh);
        var exportPath = Path.Combine(Path.GetTempPath(), $"r4u-export-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(exportPath, first);

        try
        {
            var imported = await ImportFileAsync(fresh, exportPath);
            var second = await ExportAsync(fresh);

            Assert.Equal(new ImportCounts(26, 0, 0, 43, 0, 26), imported.Counts);
            Assert.Equal(first, second);
            Assert.Equal(27, first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.StartsWith("key,name,type,country,thematic_areas,services,contact1_name,contact1_email,contact1_language,contact1_gender,contact2_name,", first, StringComparison.Ordinal);
            Assert.Contains("\nma-association-marocaine-pour-l-aide-aux-migrants,Association Marocaine pour l'Aide aux Migrants,ngo,MA,smuggling-of-migrants;trafficking-in-persons,victims-assistance;human-rights,Youssef El Amrani,y.elamrani@amam.example.ma,ar,male,Salma Benjelloun,s.benjelloun@amam.example.ma,fr,female,,,,\n", first, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(exportPath);
        }
    }

    [Fact]
    public async Task ExportCsvAsync_ChangesNothing_WhenReimportedIntoTheSameBody()
    {
        await ImportFileAsync(SampleFiles.PathOf("net4u-africa-members.yaml"));

        var result = await ImportTextAsync("export.csv", await ExportAsync(Database));

        Assert.Equal(new ImportCounts(0, 0, 26, 0, 0, 0), result.Counts);
    }

    [Fact]
    public async Task ExportCsvAsync_NeutralisesFormulas_AndImportRestoresThem()
    {
        const string text = """
            name,type,country,thematic_areas,contact1_name,contact1_email
            "=HYPERLINK(""http://evil.example"",""x"")",ngo,KE,firearms,+Ana Plus,ana@plus.example.org
            @Risk Forum,ngo,KE,firearms,-Dash Person,dash@minus.example.org
            "'=Already Quoted",ngo,KE,firearms,Plain Name,plain@example.org
            """;
        var imported = await ImportTextAsync("formulas.csv", text);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Problems));
        await using (var db = Database.OpenContext())
        {
            Assert.Equal(
                ["=Already Quoted", "=HYPERLINK(\"http://evil.example\",\"x\")", "@Risk Forum"],
                await db.Organisations.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync());
        }

        var export = await ExportAsync(Database);

        Assert.Contains(",'=Already Quoted,", export, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", export, StringComparison.Ordinal);
        Assert.Contains(",'@Risk Forum,", export, StringComparison.Ordinal);
        Assert.Contains(",'+Ana Plus,", export, StringComparison.Ordinal);
        Assert.Contains(",'-Dash Person,", export, StringComparison.Ordinal);
        Assert.True((await ImportTextAsync("export.csv", export)).Counts!.ChangedNothing);
    }
}
