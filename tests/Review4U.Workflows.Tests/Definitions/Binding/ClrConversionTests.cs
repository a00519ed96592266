using Review4U.Workflows.Binding;

namespace Review4U.Workflows.Tests.Definitions.Binding;

public sealed class ClrConversionTests
{
    [Fact]
    public void ToClr_ParsesAGuid_WhenTheParameterIsAGuidGivenAsText()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal(id, ClrConversion.ToClr(id.ToString(), typeof(Guid)));
        Assert.Equal(id, ClrConversion.ToClr(id.ToString(), typeof(Guid?)));
    }

    [Fact]
    public void ToClr_Throws_WhenTextIsNotAGuid()
    {
        var error = Assert.Throws<FormatException>(() => ClrConversion.ToClr("NACSA-KE", typeof(Guid)));

        Assert.Equal("'NACSA-KE' is not a GUID", error.Message);
    }

    [Fact]
    public void ToClr_NarrowsNumbersAndListsOfText_WhenThePropertyAsksForThem()
    {
        Assert.Equal(3, ClrConversion.ToClr(3L, typeof(int)));
        Assert.Equal(new[] { "a", "2" }, ClrConversion.ToClr(new List<object?> { "a", 2L }, typeof(string[])));
        Assert.Throws<OverflowException>(() => ClrConversion.ToClr(long.MaxValue, typeof(int)));
    }
}
