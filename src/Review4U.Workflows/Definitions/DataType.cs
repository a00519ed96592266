using System.Diagnostics.CodeAnalysis;

namespace Review4U.Workflows.Definitions;

/// <summary>The declared type of an input or a step parameter; templates are rendered and then converted to it.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members mirror the YAML type names (string, int, decimal, object) authors write.")]
public enum DataType
{
    /// <summary>Any value, left as the YAML or the template gave it.</summary>
    Any,
    String,
    Int,
    Decimal,
    Bool,
    /// <summary>A calendar date, ISO 8601 (<c>2026-11-24</c>), as <see cref="DateOnly"/>.</summary>
    Date,
    /// <summary>An ISO 8601 instant with offset, as <see cref="DateTimeOffset"/> (UTC when no offset is given).</summary>
    DateTime,
    /// <summary>An ISO 8601 duration (<c>P7D</c>, <c>PT2H</c>), as <see cref="TimeSpan"/>.</summary>
    Duration,
    /// <summary>An email address, as a string.</summary>
    Email,
    /// <summary>A list, as <see cref="IReadOnlyList{T}"/> of object.</summary>
    List,
    /// <summary>A map, as <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object.</summary>
    Object,
}
