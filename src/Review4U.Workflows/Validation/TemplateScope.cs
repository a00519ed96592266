namespace Review4U.Workflows.Validation;

/// <summary>What a template may read where it is written: the roots allowed there and the forEach names in scope.</summary>
internal sealed record TemplateScope(IReadOnlySet<string> Roots, IReadOnlySet<string> Locals, string Where)
{
    /// <summary>The step whose parameters are being checked, for branch visibility of <c>steps.ID</c>; null outside steps.</summary>
    public string? ReaderStepId { get; init; }

    public static TemplateScope Steps { get; } = new(
        new HashSet<string>(ScopeNames.Roots, StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), "a step");

    public TemplateScope WithLocals(params string[] names)
    {
        var locals = new HashSet<string>(Locals, StringComparer.Ordinal);
        locals.UnionWith(names);
        return this with { Locals = locals };
    }

    public IEnumerable<string> Available => Roots.Concat(Locals);
}
