namespace Review4U.Domain.Tests.Cli;

/// <summary>
/// `review4u workflows …` on the shipped folder, with every module's step types registered as the product does.
/// None of these commands opens the database: any connection string does.
/// </summary>
public sealed class WorkflowsCommandsTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(SampleFiles.Folder, "..", "..", "workflows"));
    private readonly CliRunner cli = new("Host=127.0.0.1;Port=1;Database=unused");

    [Fact]
    public async Task WorkflowsValidate_ReportsEveryShippedFileValid_WhenEveryModuleIsRegistered()
    {
        var (exitCode, output) = await cli.RunAsync("workflows", "validate", Folder);

        Assert.True(exitCode == 0, output);
        Assert.Contains("6 file(s), 6 valid, 0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkflowsShow_DescribesAPerBodyTriggerWithItsCondition()
    {
        var (exitCode, output) = await cli.RunAsync("workflows", "show", "secretariat-renewal", "--dir", Folder);

        Assert.True(exitCode == 0, output);
        Assert.Contains("daily: cron \"0 6 * * *\" in each body's zone for each body when body.facts.secretariatRenewalDue", output, StringComparison.Ordinal);
        Assert.Contains("callForInterest", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// workflows/schema.json is what `review4u workflows schema` writes from every step type the product registers
    /// (built-ins and every module's), so editors check the shipped files against the validator's rules.
    /// Regenerate with `review4u workflows schema` (or run this test with REVIEW4U_UPDATE_SCHEMA=1) and commit.
    /// </summary>
    [Fact]
    public async Task WorkflowsSchema_WritesTheCommittedSchema_WhenEveryModuleIsRegistered()
    {
        var committed = Path.Combine(Folder, "schema.json");
        var written = Path.Combine(Path.GetTempPath(), $"review4u-schema-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, output) = await cli.RunAsync("workflows", "schema", "--output", written);
            Assert.True(exitCode == 0, output);

            var generated = await File.ReadAllTextAsync(written);
            if (Environment.GetEnvironmentVariable("REVIEW4U_UPDATE_SCHEMA") == "1")
            {
                await File.WriteAllTextAsync(committed, generated);
            }

            Assert.Equal(generated, (await File.ReadAllTextAsync(committed)).ReplaceLineEndings("\n"));
            foreach (var moduleStep in new[] { "roundCreateTasks", "meetingAwaitDate", "planOpenReview", "secretariatRenewalOpen" })
            {
                Assert.Contains($"\"{moduleStep}\"", generated, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(written);
        }
    }
}
