using Review4U.Workflows.Definitions;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Tests.Definitions.Registry;

public sealed class StepRegistryTests
{
    [Fact]
    public void Constructor_DescribesBuiltIns_WhenNothingIsRegistered()
    {
        var registry = new StepRegistry([]);

        Assert.Equal(["if", "switch", "forEach", "parallel", "delay", "waitEvent", "workflow", "setVariable", "log"], registry.Descriptors.Select(d => d.TypeName));
        var forEach = registry.Get("forEach");
        Assert.True(forEach.IsBuiltIn);
        Assert.Equal(["items", "as", "join", "quorum", "deadline"], forEach.Parameters.Select(p => p.Name));
        Assert.True(forEach.FindParameter("items")!.IsExpression);
        Assert.Equal(["all", "any", "quorum"], forEach.FindParameter("join")!.AllowedValues);
        Assert.Equal("all", forEach.FindParameter("join")!.DefaultValue);
        Assert.True(registry.Get("if").FindParameter("condition")!.IsCondition);
        Assert.True(registry.Get("switch").FindSequence("cases")!.Named);
    }

    [Fact]
    public void Constructor_DescribesARegisteredStep_FromItsParametersRecord()
    {
        var registry = new StepRegistry([new StepRegistration(typeof(GreetStep))]);

        var greet = registry.Get("greet");
        Assert.Equal(typeof(GreetStep), greet.StepClrType);
        Assert.True(greet.IsRegisteredStep);
        var to = greet.FindParameter("to")!;
        Assert.Equal(DataType.Email, to.Type);
        Assert.True(to.Required);
        Assert.False(greet.FindParameter("times")!.Required);
        Assert.Equal(1, greet.FindParameter("times")!.DefaultValue);
        Assert.True(greet.DeclaresOutput("greeted"));
        Assert.False(greet.DeclaresOutput("other"));
    }

    [Fact]
    public void Constructor_Throws_WhenATypeNameIsTakenTwice()
    {
        Assert.Throws<InvalidOperationException>(() => new StepRegistry([new StepRegistration(typeof(ClashingLogStep))]));
    }

    public sealed record GreetParameters
    {
        [StepParameter(Type = DataType.Email, Description = "Who to greet.")]
        public required string To { get; init; }

        [StepParameter]
        public int Times { get; init; } = 1;
    }

    [StepType("greet", Description = "Greets someone.")]
    [StepOutput("greeted", DataType.Bool)]
    public sealed class GreetStep : IStep<GreetParameters>
    {
        public ValueTask<StepResult> ExecuteAsync(GreetParameters parameters, StepContext context, CancellationToken ct) =>
            ValueTask.FromResult<StepResult>(StepResult.Completed(new Dictionary<string, object?> { ["greeted"] = true }));
    }

    [StepType("log")]
    public sealed class ClashingLogStep : IStep
    {
        public ValueTask<StepResult> ExecuteAsync(StepContext context, CancellationToken ct) =>
            ValueTask.FromResult<StepResult>(StepResult.Completed());
    }
}
