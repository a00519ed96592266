using Microsoft.EntityFrameworkCore;
using Review4U.Data.Modules;
using Review4U.FollowUp.Data;
using Review4U.Meetings.Data;
using Review4U.Rounds.Data;
using Review4U.Secretariat.Data;

namespace Review4U.Domain.Tests.Data.Modules;

public sealed class SnakeCaseNamesTests
{
    private const string NoDatabase = "Host=127.0.0.1;Port=1;Username=none;Database=none";

    public static TheoryData<string> ModuleContexts => ["rounds", "meetings", "followup", "secretariat"];

    [Theory]
    [InlineData("RoundId", "round_id")]
    [InlineData("Sha256", "sha256")]
    [InlineData("Sha256Hash", "sha256_hash")]
    [InlineData("PK_Rounds", "pk_rounds")]
    [InlineData("IX_answers_TaskId_QuestionId", "ix_answers_task_id_question_id")]
    [InlineData("FK_tasks_rounds_RoundId", "fk_tasks_rounds_round_id")]
    [InlineData("Id", "id")]
    public void Of_PutsAnUnderscoreBeforeAWordsCapital_WhenItFollowsALowerCaseLetterOrADigit(string name, string expected) =>
        Assert.Equal(expected, SnakeCaseNames.Of(name));

    [Fact]
    public void Apply_NamesTablesColumnsKeysAndIndexesInSnakeCase_WhenTheModelIsBuilt()
    {
        using var db = new ScratchDbContext(ModuleDatabase.Options<ScratchDbContext>(NoDatabase));

        var table = Assert.Single(db.Model.GetRelationalModel().Tables);

        Assert.Equal(("scratch", "notes"), (table.Schema, table.Name));
        Assert.Equal(["body_id", "id", "text"], table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal("pk_notes", table.PrimaryKey!.Name);
        Assert.Equal("ix_notes_body_id", Assert.Single(table.Indexes).Name);
    }

    /// <summary>One naming rule for every module must not rename anything their checked-in migrations created.</summary>
    [Theory]
    [MemberData(nameof(ModuleContexts))]
    public void Apply_KeepsTheNamesOfTheCheckedInMigrations_ForEveryModuleContext(string schema)
    {
        using DbContext db = schema switch
        {
            RoundsDbContext.Schema => new RoundsDbContext(RoundsDatabase.Options(NoDatabase)),
            MeetingsDbContext.Schema => new MeetingsDbContext(MeetingsDatabase.Options(NoDatabase)),
            FollowUpDbContext.Schema => new FollowUpDbContext(FollowUpDatabase.Options(NoDatabase)),
            SecretariatDbContext.Schema => new SecretariatDbContext(SecretariatDatabase.Options(NoDatabase)),
            _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, "not a module schema"),
        };

        Assert.False(db.Database.HasPendingModelChanges(), $"the {schema} model differs from its migrations' snapshot");
    }
}
