namespace Review4U.Documents.Questionnaires;

/// <summary>The fixed answer codes of a yes-no-partially question.</summary>
public static class YesNoPartially
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Partially = "partially";

    public static IReadOnlyList<string> All { get; } = [Yes, No, Partially];
}
