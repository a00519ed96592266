using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;

namespace Review4U.Workflows.Tests.Definitions.Expressions;

public sealed class FluidExpressionEvaluatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly FluidExpressionEvaluator evaluator = new();

    private static ExpressionScope Scope() => new()
    {
        InstanceId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        WorkflowId = "contribution-round",
        WorkflowVersion = 3,
        Now = Now,
        Inputs = new Dictionary<string, object?>
        {
            ["bodyCode"] = "NACSA-KE",
            ["deadline"] = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero),
            ["members"] = new List<object?> { "a@example.org", "b@example.org" },
        },
        Variables = new Dictionary<string, object?> { ["remindersSent"] = 1L },
        Steps = new Dictionary<string, IReadOnlyDictionary<string, object?>>
        {
            ["answered"] = new Dictionary<string, object?> { ["timedOut"] = false },
        },
    };

    private static ExpressionScope ScopeWith(string key, object? value)
    {
        var scope = Scope();
        var inputs = new Dictionary<string, object?>(scope.Inputs) { [key] = value };
        return scope with { Inputs = inputs };
    }

    [Fact]
    public void Render_RendersTextTemplate_WhenTemplateMixesTextAndValues()
    {
        var result = evaluator.Render("Round {{ inputs.bodyCode }} opens", DataType.String, Scope());

        Assert.Equal("Round NACSA-KE opens", result);
    }

    [Fact]
    public void Render_KeepsTheValue_WhenTemplateIsOneExpression()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero), evaluator.Render("{{ inputs.deadline }}", DataType.DateTime, Scope()));
        Assert.Equal(2L, evaluator.Render("{{ vars.remindersSent | plus: 1 }}", DataType.Int, Scope()));
    }

    [Fact]
    public void Render_Throws_WhenAMapKeyIsMissing()
    {
        var error = Assert.Throws<ExpressionException>(() => evaluator.Render("{{ inputs.bodyCod }}", DataType.String, Scope()));

        Assert.Contains("'inputs.bodyCod' is not defined", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inputs.reviewer == nil", true)]
    [InlineData("inputs.reviewer == blank", true)]
    [InlineData("nil == inputs.reviewer", true)]
    [InlineData("inputs.reviewer != nil", false)]
    [InlineData("inputs.reviewer == inputs.bodyCode", false)]
    [InlineData("inputs.reviewer", false)]
    [InlineData("inputs.reviewer or inputs.bodyCode == 'NACSA-KE'", true)]
    public void EvaluateCondition_ReadsNullAsNil_WhenAKeyHoldsNull(string condition, bool expected)
    {
        Assert.Equal(expected, evaluator.EvaluateCondition(condition, ScopeWith("reviewer", null)));
    }

    [Fact]
    public void Render_RendersNullAsNothing_WhenAKeyHoldsNull()
    {
        Assert.Equal("Reviewer: .", evaluator.Render("Reviewer: {{ inputs.reviewer }}.", DataType.String, ScopeWith("reviewer", null)));
        Assert.Equal("none", evaluator.Render("{{ inputs.reviewer | default: 'none' }}", DataType.String, ScopeWith("reviewer", null)));
        Assert.Null(evaluator.EvaluateExpression("inputs.reviewer", ScopeWith("reviewer", null)));
    }

    [Fact]
    public void Render_StillThrows_WhenAMemberOfANullIsRead()
    {
        var error = Assert.Throws<ExpressionException>(() => evaluator.Render("{{ inputs.reviewer.name }}", DataType.String, ScopeWith("reviewer", null)));

        Assert.Contains("'inputs.reviewer' is null, so 'inputs.reviewer.name' cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Throws_WhenTheValueDoesNotConvert()
    {
        Assert.Throws<ExpressionException>(() => evaluator.Render("{{ inputs.bodyCode }}", DataType.Int, Scope()));
    }

    [Theory]
    [InlineData("vars.remindersSent < 2", true)]
    [InlineData("vars.remindersSent >= 2", false)]
    [InlineData("steps.answered.timedOut == false and inputs.bodyCode == 'NACSA-KE'", true)]
    [InlineData("inputs.members contains 'b@example.org'", true)]
    public void EvaluateCondition_ReturnsTheCondition_WhenScopeHasTheValues(string condition, bool expected)
    {
        Assert.Equal(expected, evaluator.EvaluateCondition(condition, Scope()));
    }

    [Fact]
    public void EvaluateExpression_ReturnsAList_WhenExpressionNamesAList()
    {
        var result = evaluator.EvaluateExpression("inputs.members", Scope());

        Assert.Equal(new List<object?> { "a@example.org", "b@example.org" }, result);
    }

    [Fact]
    public void EvaluateCondition_SeesLocals_WhenScopeHasAnItem()
    {
        var scope = Scope().WithLocal("member", new Dictionary<string, object?> { ["id"] = 7L });

        Assert.True(evaluator.EvaluateCondition("member.id == 7", scope));
    }

    [Fact]
    public void Check_ReportsReferences_WhenTemplateParses()
    {
        var check = evaluator.Check("{% assign x = 1 %}{{ inputs.bodyCode }} {{ steps.ask.payload.name | upcase }} {{ x }}", ExpressionSyntax.Template);

        Assert.True(check.IsValid);
        Assert.Equal(["inputs.bodyCode", "steps.ask.payload.name"], check.References.Select(path => string.Join('.', path)));
    }

    [Fact]
    public void Check_ReportsAnError_WhenLiquidIsBroken()
    {
        var check = evaluator.Check("{{ inputs.bodyCode ", ExpressionSyntax.Template);

        Assert.False(check.IsValid);
    }

    [Fact]
    public void EvaluateExpression_KeepsWholeNumbersWhole_WhenExpressionIsArithmetic()
    {
        Assert.Equal(2L, evaluator.EvaluateExpression("vars.remindersSent | plus: 1", Scope()));
        Assert.Equal(0.5m, evaluator.EvaluateExpression("vars.remindersSent | divided_by: 2.0", Scope()));
    }

    [Fact]
    public void Render_GivesTheSameResult_WhenTheSameTemplateRunsForManyBranches()
    {
        var scope = Scope();
        for (var i = 0; i < 2_000; i++)
        {
            Assert.Equal("NACSA-KE!", evaluator.Render("{{ inputs.bodyCode }}!", DataType.String, scope.WithLocal("n", (long)i)));
        }
    }
}
