using System.Text.Json;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;

namespace Review4U.Workflows.Tests.Definitions.Expressions;

public sealed class ValueConversionTests
{
    [Fact]
    public void Convert_ParsesText_WhenTextMatchesTheType()
    {
        Assert.Equal(42L, ValueConversion.Convert("42", DataType.Int));
        Assert.Equal(1.5m, ValueConversion.Convert("1.5", DataType.Decimal));
        Assert.Equal(true, ValueConversion.Convert("true", DataType.Bool));
        Assert.Equal(new DateOnly(2026, 11, 24), ValueConversion.Convert("2026-11-24", DataType.Date));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1)), ValueConversion.Convert("2026-11-24T09:00:00+01:00", DataType.DateTime));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), ValueConversion.Convert("2026-11-24T09:00:00", DataType.DateTime));
        Assert.Equal(TimeSpan.FromDays(7), ValueConversion.Convert("P7D", DataType.Duration));
        Assert.Equal("focal.point@example.org", ValueConversion.Convert("focal.point@example.org", DataType.Email));
    }

    [Theory]
    [InlineData("4.5", DataType.Int)]
    [InlineData("yes", DataType.Bool)]
    [InlineData("24/11/2026", DataType.Date)]
    [InlineData("tomorrow", DataType.DateTime)]
    [InlineData("Ada <ada@example.org>", DataType.Email)]
    [InlineData("text", DataType.List)]
    [InlineData("text", DataType.Object)]
    public void TryConvert_Fails_WhenTextDoesNotMatchTheType(string text, DataType type)
    {
        Assert.False(ValueConversion.TryConvert(text, type, out _, out var error));
        Assert.Contains($"'{text}' is not", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_TurnsJsonIntoPlainData_WhenValueIsAJsonElement()
    {
        var json = JsonDocument.Parse("""{ "n": 3, "d": 1.5, "s": "x", "b": true, "l": [1, null] }""").RootElement;

        var plain = (IReadOnlyDictionary<string, object?>)ValueConversion.Normalize(json)!;

        Assert.Equal(3L, plain["n"]);
        Assert.Equal(1.5m, plain["d"]);
        Assert.Equal("x", plain["s"]);
        Assert.Equal(true, plain["b"]);
        Assert.Equal(new List<object?> { 1L, null }, plain["l"]);
    }

    [Fact]
    public void Convert_FormatsValuesAsText_WhenTypeIsString()
    {
        Assert.Equal("2026-11-24T09:00:00.0000000+00:00", ValueConversion.Convert(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), DataType.String));
        Assert.Equal("P1DT2H", ValueConversion.Convert(TimeSpan.FromHours(26), DataType.String));
        Assert.Equal("1.5", ValueConversion.Convert(1.5m, DataType.String));
    }
}
