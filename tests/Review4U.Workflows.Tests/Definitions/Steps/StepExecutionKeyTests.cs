using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Definitions.Steps;

public sealed class StepExecutionKeyTests
{
    private static readonly Guid Instance = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void ToString_NamesInstanceScopeStepAndVisit_WhenKeyIsInABranch()
    {
        Assert.Equal("0f8fad5bd9cb469fa16570867728950e/askMembers[17]/remind#2", new StepExecutionKey(Instance, "askMembers[17]", "remind", 2).ToString());
        Assert.Equal("0f8fad5bd9cb469fa16570867728950e/announce#0", new StepExecutionKey(Instance, "", "announce", 0).ToString());
    }

    [Fact]
    public void Equals_IsTrue_WhenTheSameExecutionIsRetried()
    {
        Assert.Equal(new StepExecutionKey(Instance, "b", "s", 0), new StepExecutionKey(Instance, "b", "s", 0));
    }
}
