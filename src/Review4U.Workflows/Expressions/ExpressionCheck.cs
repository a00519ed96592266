namespace Review4U.Workflows.Expressions;

/// <summary>
/// The result of parsing a text: <see cref="Error"/> is null when it parsed; <see cref="References"/> lists the
/// variable paths it reads (e.g. <c>inputs.bodyCode</c>, <c>steps.ask.payload</c>) so validation can check them.
/// </summary>
public sealed record ExpressionCheck(string? Error, IReadOnlyList<IReadOnlyList<string>> References)
{
    public bool IsValid => Error is null;
}
