using Review4U.Data.Members;

namespace Review4U.Domain.Tests.MemberFiles;

public sealed class SpreadsheetSafetyTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+254 700", "'+254 700")]
    [InlineData("-x", "'-x")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("'=x", "''=x")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("'quoted'", "'quoted'")]
    [InlineData("", "")]
    public void Neutralise_PrefixesFormulaStarts_AndRestoreUndoesIt(string value, string neutralised)
    {
        Assert.Equal(neutralised, SpreadsheetSafety.Neutralise(value));
        Assert.Equal(value, SpreadsheetSafety.Restore(neutralised));
    }
}
