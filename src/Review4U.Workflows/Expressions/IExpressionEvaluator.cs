using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// Liquid (Fluid) templates and conditions against an <see cref="ExpressionScope"/>. Parsed templates are cached,
/// so evaluating the same text for thousands of branches parses it once. Undefined variables and filters are
/// errors (<see cref="ExpressionException"/>), never silently empty.
/// </summary>
public interface IExpressionEvaluator
{
    /// <summary>Renders a template (<paramref name="text"/> with <c>{{ … }}</c>; plain text is taken as is) and converts it to <paramref name="type"/>.</summary>
    object? Render(string text, DataType type, ExpressionScope scope);

    /// <summary>Evaluates a Liquid condition (what goes inside <c>{% if … %}</c>).</summary>
    bool EvaluateCondition(string condition, ExpressionScope scope);

    /// <summary>Evaluates a Liquid expression (e.g. <c>inputs.members</c>, <c>vars.n | plus: 1</c>) to plain data, not text.</summary>
    object? EvaluateExpression(string expression, ExpressionScope scope);

    /// <summary>Parses without evaluating, for validation: the syntax error (if any) and the variable paths read.</summary>
    ExpressionCheck Check(string text, ExpressionSyntax syntax);
}
