using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;

namespace Review4U.Workflows.Tests.Definitions.Expressions;

/// <summary>Dates in conditions (compared as instants) and the date filters add_days, add_hours and days_until.</summary>
public sealed class DateExpressionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private readonly FluidExpressionEvaluator evaluator = new();

    private static ExpressionScope Scope() => new()
    {
        Now = Now,
        Inputs = new Dictionary<string, object?>
        {
            ["deadline"] = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero),
            // What a datetime input looks like once read back from the database: ISO 8601 text.
            ["storedDeadline"] = "2026-12-01T17:00:00.0000000+00:00",
            ["lateNight"] = "2026-12-01T23:30:00Z",
            ["nairobiMorning"] = "2026-11-24T11:00:00+03:00", // 08:00 UTC, before now
            ["dueDay"] = "2026-11-30",
            ["bodyCode"] = "NACSA-KE",
            ["count"] = 3L,
        },
        Variables = new Dictionary<string, object?> { ["remindedAt"] = "2026-11-24T09:30:00Z" },
    };

    [Theory]
    [InlineData("now >= inputs.deadline", false)]
    [InlineData("now < inputs.deadline", true)]
    [InlineData("inputs.deadline > now", true)]
    [InlineData("now == now", true)]
    [InlineData("now != inputs.deadline", true)]
    public void EvaluateCondition_ComparesInstants_WhenBothSidesAreDates(string condition, bool expected)
    {
        Assert.Equal(expected, evaluator.EvaluateCondition(condition, Scope()));
    }

    [Theory]
    [InlineData("now < inputs.storedDeadline", true)]
    [InlineData("now >= inputs.storedDeadline", false)]
    [InlineData("inputs.storedDeadline <= now", false)]
    [InlineData("now > inputs.nairobiMorning", true)]
    [InlineData("now >= inputs.dueDay", false)]
    [InlineData("inputs.deadline == inputs.storedDeadline", true)]
    [InlineData("inputs.deadline == '2026-12-01T20:00:00+03:00'", true)]
    public void EvaluateCondition_ComparesInstants_WhenOneSideIsIsoText(string condition, bool expected)
    {
        Assert.Equal(expected, evaluator.EvaluateCondition(condition, Scope()));
    }

    [Fact]
    public void EvaluateCondition_OrdersIsoTextByInstant_WhenOffsetsDiffer()
    {
        // As text, "…T11:00…" sorts after "…T09:30…"; as instants 08:00 UTC is before 09:30 UTC.
        Assert.True(evaluator.EvaluateCondition("inputs.nairobiMorning < vars.remindedAt", Scope()));
    }

    [Theory]
    [InlineData("inputs.count < 4", true)]
    [InlineData("inputs.bodyCode == 'NACSA-KE'", true)]
    [InlineData("inputs.bodyCode > 'NACSA-AA'", true)]
    [InlineData("inputs.dueDay == '2026-11-30'", true)]
    public void EvaluateCondition_KeepsLiquidComparisons_WhenOperandsAreNotDates(string condition, bool expected)
    {
        Assert.Equal(expected, evaluator.EvaluateCondition(condition, Scope()));
    }

    [Fact]
    public void Render_MovesTheDate_WhenAddDaysOrAddHoursIsApplied()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero), evaluator.Render("{{ inputs.deadline | add_days: -7 }}", DataType.DateTime, Scope()));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero), evaluator.Render("{{ inputs.storedDeadline | add_days: -7 }}", DataType.DateTime, Scope()));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 21, 0, 0, TimeSpan.Zero), evaluator.Render("{{ now | add_hours: 36 }}", DataType.DateTime, Scope()));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 21, 0, 0, TimeSpan.Zero), evaluator.Render("{{ now | add_days: 0.5 }}", DataType.DateTime, Scope()));
        Assert.Equal("2026-11-17", evaluator.Render("{{ inputs.deadline | add_days: -14 | date: '%Y-%m-%d' }}", DataType.String, Scope()));
    }

    [Fact]
    public void Render_CountsCalendarDaysInUtc_WhenDaysUntilHasNoZone()
    {
        Assert.Equal(7L, evaluator.Render("{{ inputs.deadline | days_until }}", DataType.Int, Scope()));
        Assert.Equal(7L, evaluator.Render("{{ inputs.lateNight | days_until }}", DataType.Int, Scope()));
        Assert.Equal(0L, evaluator.Render("{{ inputs.nairobiMorning | days_until }}", DataType.Int, Scope()));
        Assert.Equal(-7L, evaluator.Render("{{ now | add_days: -7 | days_until }}", DataType.Int, Scope()));
    }

    [Fact]
    public void Render_CountsCalendarDaysInTheZone_WhenDaysUntilIsGivenOne()
    {
        // 23:30 UTC on 1 December is already 2 December in Nairobi (UTC+3).
        Assert.Equal(8L, evaluator.Render("{{ inputs.lateNight | days_until: 'Africa/Nairobi' }}", DataType.Int, Scope()));
    }

    [Fact]
    public void Render_Throws_WhenADateFilterGetsSomethingElse()
    {
        var notADate = Assert.Throws<ExpressionException>(() => evaluator.Render("{{ inputs.bodyCode | add_days: 1 }}", DataType.DateTime, Scope()));
        var noAmount = Assert.Throws<ExpressionException>(() => evaluator.Render("{{ now | add_hours: 'two' }}", DataType.DateTime, Scope()));
        var badZone = Assert.Throws<ExpressionException>(() => evaluator.Render("{{ now | days_until: 'Africa/Nairobbi' }}", DataType.Int, Scope()));

        Assert.Contains("filter 'add_days' needs a date-time", notADate.Message, StringComparison.Ordinal);
        Assert.Contains("filter 'add_hours' needs one number", noAmount.Message, StringComparison.Ordinal);
        Assert.Contains("unknown time zone 'Africa/Nairobbi'", badZone.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_KnowsTheDateFilters_WhenATemplateUsesThem()
    {
        var check = evaluator.Check("{{ inputs.deadline | add_days: -7 }} {{ now | add_hours: 2 }} {{ inputs.deadline | days_until: 'UTC' }}", ExpressionSyntax.Template);

        Assert.True(check.IsValid, check.Error);
    }

    [Fact]
    public void Check_CollectsTheComparedNames_WhenAConditionComparesDates()
    {
        var check = evaluator.Check("now >= inputs.deadlin and vars.remindedAt < inputs.deadline", ExpressionSyntax.Condition);

        Assert.True(check.IsValid, check.Error);
        Assert.Equal(["now", "inputs.deadlin", "vars.remindedAt", "inputs.deadline"], check.References.Select(path => string.Join('.', path)));
    }
}
