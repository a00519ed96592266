namespace Review4U.Data.Members;

/// <summary>A value as read from a file, with where it came from so a problem can point at it. Empty when absent.</summary>
public sealed record SourceField(string Column, int Line, string Value)
{
    public bool IsEmpty => Value.Length == 0;
}
