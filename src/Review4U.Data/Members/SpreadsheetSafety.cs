namespace Review4U.Data.Members;

/// <summary>
/// Spreadsheet formula injection: a cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> may run as a
/// formula when a coordinator opens the export. Export prefixes such cells with <c>'</c>, which spreadsheets
/// show as text; import removes that prefix again, so the value round-trips unchanged. A value that itself
/// starts with <c>'</c> followed by one of those characters gets a second prefix, so the rule is reversible.
/// </summary>
public static class SpreadsheetSafety
{
    private const char Quote = '\'';

    public static string Neutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsPrefix(value) ? Quote + value : value;
    }

    public static string Restore(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 1 && value[0] == Quote && NeedsPrefix(value[1..]) ? value[1..] : value;
    }

    private static bool NeedsPrefix(string value) =>
        value.Length > 0 && (IsFormulaStart(value[0]) || (value.Length > 1 && value[0] == Quote && NeedsPrefix(value[1..])));

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@';
}
