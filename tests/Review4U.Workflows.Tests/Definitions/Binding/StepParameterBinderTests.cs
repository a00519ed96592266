using Review4U.Workflows.Binding;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Steps.BuiltIn;
using Review4U.Workflows.Tests.Definitions.Support;

namespace Review4U.Workflows.Tests.Definitions.Binding;

public sealed class StepParameterBinderTests
{
    private const string Yaml = """
        id: binding
        version: 1
        title: Binding
        inputs:
          members: list
          deadline: datetime
          mode: string
        steps:
          - id: loop
            type: forEach
            with: { items: inputs.members, as: member, join: quorum, quorum: 2, deadline: "{{ inputs.deadline }}" }
            do:
              - id: notify
                type: testNotify
                with: { to: "{{ member.email }}", subject: "Hello {{ member.name }}", copies: "{{ member.copies }}" }
          - id: check
            type: if
            with: { condition: "inputs.mode == 'all'" }
            then:
              - { id: wait, type: delay, with: { duration: P7D } }
          - id: child
            type: workflow
            with: { workflow: binding, inputs: { mode: "{{ inputs.mode | upcase }}", fixed: 3, quoted: "3", flag: true } }
        """;

    private static readonly Workflows.Definitions.WorkflowDefinition Definition = DefinitionsFixture.LoadText(Yaml, "binding.yaml").Definition!;
    private readonly StepParameterBinder binder = new(DefinitionsFixture.Evaluator);

    private static ExpressionScope Scope() => new()
    {
        Now = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero),
        Inputs = new Dictionary<string, object?>
        {
            ["members"] = new List<object?> { new Dictionary<string, object?> { ["email"] = "a@example.org", ["name"] = "Ada", ["copies"] = 2L } },
            ["deadline"] = "2026-12-01T17:00:00Z",
            ["mode"] = "all",
        },
    };

    [Fact]
    public void Bind_BuildsTheBuiltInRecord_WhenValuesAreExpressionsAndTemplates()
    {
        var step = Definition.FindStep("loop")!;

        var bound = (ForEachParameters)binder.Bind(step, DefinitionsFixture.Registry.Get("forEach"), Scope())!;

        Assert.Single(bound.Items);
        Assert.Equal("member", bound.As);
        Assert.Equal(ForEachJoin.Quorum, bound.Join);
        Assert.Equal(2, bound.Quorum);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero), bound.Deadline);
    }

    [Fact]
    public void Bind_RendersAgainstTheItem_WhenScopeHasALocal()
    {
        var step = Definition.FindStep("notify")!;
        var member = ((List<object?>)Scope().Inputs["members"]!)[0];

        var bound = (TestNotifyParameters)binder.Bind(step, DefinitionsFixture.Registry.Get("testNotify"), Scope().WithLocal("member", member))!;

        Assert.Equal(new TestNotifyParameters { To = "a@example.org", Subject = "Hello Ada", Copies = 2 }, bound);
    }

    [Fact]
    public void Bind_EvaluatesConditionsAndKeepsDefaults_WhenParametersAreLeftOut()
    {
        Assert.True(((IfParameters)binder.Bind(Definition.FindStep("check")!, DefinitionsFixture.Registry.Get("if"), Scope())!).Condition);
        Assert.Equal(TimeSpan.FromDays(7), ((DelayParameters)binder.Bind(Definition.FindStep("wait")!, DefinitionsFixture.Registry.Get("delay"), Scope())!).Duration);
    }

    [Fact]
    public void Bind_RendersNestedMaps_WhenAParameterIsAnObject()
    {
        var bound = (WorkflowParameters)binder.Bind(Definition.FindStep("child")!, DefinitionsFixture.Registry.Get("workflow"), Scope())!;

        Assert.Equal("ALL", bound.Inputs!["mode"]);
        Assert.Equal(3L, bound.Inputs["fixed"]);
        Assert.Equal("3", bound.Inputs["quoted"]);
        Assert.Equal(true, bound.Inputs["flag"]);
    }

    [Fact]
    public void Bind_ThrowsWithTheLocation_WhenATemplateGivesTheWrongType()
    {
        var step = Definition.FindStep("notify")!;
        var member = new Dictionary<string, object?> { ["email"] = "not an email", ["name"] = "Ada", ["copies"] = 1L };

        var error = Assert.Throws<StepParameterBindingException>(() => binder.Bind(step, DefinitionsFixture.Registry.Get("testNotify"), Scope().WithLocal("member", member)));

        Assert.Equal("to", error.Parameter);
        Assert.StartsWith("binding.yaml:15:", error.Message, StringComparison.Ordinal);
    }
}
