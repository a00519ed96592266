namespace Review4U.Workflows.Expressions;

/// <summary>How a text is parsed: a template, a condition or a bare expression.</summary>
public enum ExpressionSyntax
{
    Template,
    Condition,
    Expression,
}
