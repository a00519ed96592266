using Review4U.Workflows.Tests.Definitions.Support;
using Review4U.Workflows.Versioning;

namespace Review4U.Workflows.Tests.Definitions.Versioning;

public sealed class DefinitionVersionCheckTests
{
    private static readonly Workflows.Definitions.WorkflowDefinition Loaded = DefinitionsFixture.LoadText("""
        id: round
        version: 2
        title: Round
        steps:
          - { id: a, type: log, with: { message: hi } }
        """, "round.yaml").Definition!;

    [Fact]
    public void Check_SaysNewWorkflow_WhenNothingIsStored()
    {
        var result = DefinitionVersionCheck.Check([new StoredDefinitionVersion("other", 1, "x")], Loaded);

        Assert.Equal(VersionCheckOutcome.NewWorkflow, result.Outcome);
        Assert.True(result.ShouldStore);
    }

    [Fact]
    public void Check_SaysUnchanged_WhenTheSameHashIsStored()
    {
        var result = DefinitionVersionCheck.Check([new StoredDefinitionVersion("round", 2, Loaded.ContentHash.ToUpperInvariant())], Loaded);

        Assert.Equal(VersionCheckOutcome.Unchanged, result.Outcome);
        Assert.False(result.ShouldStore);
    }

    [Fact]
    public void Check_SaysNewVersion_WhenVersionIsAboveTheStoredOnes()
    {
        var result = DefinitionVersionCheck.Check([new StoredDefinitionVersion("round", 1, "aa")], Loaded);

        Assert.Equal(VersionCheckOutcome.NewVersion, result.Outcome);
        Assert.False(result.IsError);
    }

    [Fact]
    public void Check_ReportsAnError_WhenContentChangedWithoutRaisingTheVersion()
    {
        var result = DefinitionVersionCheck.Check([new StoredDefinitionVersion("round", 1, "aa"), new StoredDefinitionVersion("round", 2, "bb")], Loaded);

        Assert.Equal(VersionCheckOutcome.ChangedWithoutNewVersion, result.Outcome);
        Assert.Equal("round.yaml:2:10: workflow 'round' changed without raising its version 2 (hint: set 'version: 3'; instances already running keep version 2)", result.Error!.ToString());
    }

    [Fact]
    public void Check_ReportsAnError_WhenVersionIsBelowTheHighestStored()
    {
        var result = DefinitionVersionCheck.Check([new StoredDefinitionVersion("round", 5, "aa")], Loaded);

        Assert.Equal(VersionCheckOutcome.VersionBelowStored, result.Outcome);
        Assert.True(result.IsError);
    }
}
