namespace Review4U.Domain.Tests.Cli;

/// <summary>
/// workflows/schema.json is what `review4u workflows schema` writes from every step type the product registers
/// (built-ins and every module's), so editors validate the shipped workflow files against the same rules as the
/// validator. Regenerate with `review4u workflows schema` (or run this test with REVIEW4U_UPDATE_SCHEMA=1) and commit.
/// </summary>
public sealed class WorkflowsSchemaCommandTests
{
    [Fact]
    public async Task WorkflowsSchema_WritesTheCommittedSchema_WhenEveryModuleIsRegistered()
    {
        var committed = Path.Combine(SampleFiles.Folder, "..", "..", "workflows", "schema.json");
        var written = Path.Combine(Path.GetTempPath(), $"review4u-schema-{Guid.NewGuid():N}.json");
        try
        {
            // No command of this area opens the database: any connection string does.
            var (exitCode, output) = await new CliRunner("Host=127.0.0.1;Port=1;Database=unused").RunAsync("workflows", "schema", "--output", written);
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
