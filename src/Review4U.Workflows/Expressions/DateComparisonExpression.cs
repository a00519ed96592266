using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// A comparison (<c>&lt; &gt; &lt;= &gt;= == != &lt;&gt;</c>) that compares instants when its operands are dates: a date value on
/// either side (the other a date value or ISO 8601 text), or, for ordering, ISO 8601 text on both sides (values read
/// back from the database are text). Liquid itself compares only numbers and strings; any other operands go to
/// Fluid's own comparison unchanged. Equality with a null that is defined (<see cref="NullValue"/>) is decided by it, on
/// either side.
/// </summary>
internal sealed class DateComparisonExpression(string op, Expression left, Expression right, Expression builtIn) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var leftValue = await left.EvaluateAsync(context);
        var rightValue = await right.EvaluateAsync(context);
        if (op is "==" or "!=" or "<>" && (leftValue is NullValue || rightValue is NullValue))
        {
            // Fluid's nil does not know a null that is defined: ask the null side, so "nil == x" reads as "x == nil".
            var equal = leftValue is NullValue ? leftValue.Equals(rightValue) : rightValue.Equals(leftValue);
            return BooleanValue.Create(op == "==" ? equal : !equal);
        }

        var ordering = op is "<" or ">" or "<=" or ">=";
        var anyDate = leftValue is DateTimeValue || rightValue is DateTimeValue;
        if ((anyDate || (ordering && leftValue is StringValue && rightValue is StringValue))
            && Instants.TryRead(leftValue, out var a) && Instants.TryRead(rightValue, out var b))
        {
            return BooleanValue.Create(Compare(a, b));
        }

        return await builtIn.EvaluateAsync(context);
    }

    // The validator collects the names a condition reads by visiting it: visit the built-in form, which holds both operands.
    protected override Expression Accept(AstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.Visit(builtIn);
        return this;
    }

    private bool Compare(DateTimeOffset a, DateTimeOffset b) => op switch
    {
        "<" => a < b,
        ">" => a > b,
        "<=" => a <= b,
        ">=" => a >= b,
        "==" => a == b,
        _ => a != b,
    };

    /// <summary>Wraps the parser's comparison operators so dates compare as instants.</summary>
    public static void Register(FluidParser parser)
    {
        foreach (var name in new[] { "<", ">", "<=", ">=", "==", "!=", "<>" })
        {
            var builtIn = parser.RegisteredOperators[name];
            parser.RegisteredOperators[name] = (l, r) => new DateComparisonExpression(name, l, r, builtIn(l, r));
        }
    }
}
