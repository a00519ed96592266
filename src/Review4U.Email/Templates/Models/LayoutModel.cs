namespace Review4U.Email.Templates.Models;

/// <summary>What the shared layout receives around a rendered template.</summary>
public sealed record LayoutModel
{
    public required BodyIdentity Body { get; init; }
    public required string Lang { get; init; }
    /// <summary><c>ltr</c> or <c>rtl</c>.</summary>
    public required string Dir { get; init; }
    public required string Subject { get; init; }
    /// <summary>The template's HTML (already safe, written with <c>| raw</c>).</summary>
    public required string Content { get; init; }
    /// <summary>The language's footer (plain text, encoded by the layout).</summary>
    public required string Footer { get; init; }
}
