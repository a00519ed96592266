using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// <see cref="IExpressionEvaluator"/> over Fluid. Strict: undefined variables, missing map keys and unknown filters throw
/// <see cref="ExpressionException"/>. A template that is exactly one <c>{{ expression }}</c> yields the expression's value
/// (a list stays a list, a date stays a date) before conversion; other templates are rendered to text first.
/// Comparisons treat dates as instants (<see cref="DateComparisonExpression"/>); <see cref="DateFilters"/> adds
/// <c>add_days</c>, <c>add_hours</c> and <c>days_until</c>.
/// </summary>
public sealed partial class FluidExpressionEvaluator : IExpressionEvaluator
{
    private const string ResultName = "__result";
    private const int CacheLimit = 10_000;

    private static readonly FluidParser Parser = CreateParser();
    private readonly ConcurrentDictionary<(string Text, ExpressionSyntax Syntax), IFluidTemplate> cache = new();
    private readonly TemplateOptions options = new()
    {
        StrictVariables = true,
        StrictFilters = true,
        CultureInfo = CultureInfo.InvariantCulture,
        TimeZone = TimeZoneInfo.Utc,
    };

    public FluidExpressionEvaluator()
    {
        DateFilters.Register(options.Filters);
        NullValue.ReadAsNilIn(options.Filters);
    }

    public object? Render(string text, DataType type, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        object? value;
        if (SingleOutput().Match(text) is { Success: true } single && !single.Groups["body"].Value.Contains("}}", StringComparison.Ordinal))
        {
            value = EvaluateExpression(single.Groups["body"].Value, scope);
        }
        else if (text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal))
        {
            value = Run(text, ExpressionSyntax.Template, scope);
        }
        else
        {
            value = text;
        }

        return ValueConversion.TryConvert(value, type, out var converted, out var error)
            ? converted
            : throw new ExpressionException($"'{text}' gave {error}.");
    }

    public bool EvaluateCondition(string condition, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Run(condition, ExpressionSyntax.Condition, scope) is "1";
    }

    public object? EvaluateExpression(string expression, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (!TryParse(expression, ExpressionSyntax.Expression, out var template, out var error))
        {
            throw new ExpressionException($"'{expression}' is not valid Liquid: {error}");
        }

        // The parsed form is one assign statement; evaluating its expression directly keeps the value's type.
        var assign = (AssignStatement)((FluidTemplate)template).Statements[0];
        try
        {
            var value = assign.Value.EvaluateAsync(CreateContext(scope));
            return FluidValues.ToPlain(value.IsCompletedSuccessfully ? value.Result : value.AsTask().GetAwaiter().GetResult());
        }
        catch (FluidException exception)
        {
            throw new ExpressionException($"'{expression}': {exception.Message}", exception);
        }
    }

    public ExpressionCheck Check(string text, ExpressionSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, syntax, out var template, out var error))
        {
            return new ExpressionCheck(error, []);
        }

        var (references, filters) = ReferenceCollector.Collect(template);
        var unknown = filters.FirstOrDefault(name => !options.Filters.TryGetValue(name, out _));
        return unknown is null
            ? new ExpressionCheck(null, references)
            : new ExpressionCheck($"unknown filter '{unknown}'", references);
    }

    private string Run(string text, ExpressionSyntax syntax, ExpressionScope scope)
    {
        if (!TryParse(text, syntax, out var template, out var error))
        {
            throw new ExpressionException($"'{text}' is not valid Liquid: {error}");
        }

        var context = CreateContext(scope);
        try
        {
            var rendered = template.Render(context);
            return rendered;
        }
        catch (FluidException exception)
        {
            throw new ExpressionException($"'{text}': {exception.Message}", exception);
        }
    }

    private bool TryParse(string text, ExpressionSyntax syntax, out IFluidTemplate template, out string error)
    {
        var key = (text, syntax);
        if (cache.TryGetValue(key, out var cached))
        {
            template = cached;
            error = "";
            return true;
        }

        var source = syntax switch
        {
            ExpressionSyntax.Condition => $"{{% if {text} %}}1{{% else %}}0{{% endif %}}",
            ExpressionSyntax.Expression => $"{{% assign {ResultName} = {text} %}}",
            _ => text,
        };
        if (string.IsNullOrWhiteSpace(text) && syntax != ExpressionSyntax.Template)
        {
            template = null!;
            error = "it is empty";
            return false;
        }

        if (!Parser.TryParse(source, out template, out error))
        {
            error = CleanError(error, syntax);
            return false;
        }

        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }

        cache[key] = template;
        return true;
    }

    private TemplateContext CreateContext(ExpressionScope scope)
    {
        var context = new TemplateContext(options, StringComparer.Ordinal) { Now = () => scope.Now };
        context.SetValue("inputs", FluidValues.ToFluid(scope.Inputs, "inputs"));
        context.SetValue("vars", FluidValues.ToFluid(scope.Variables, "vars"));
        context.SetValue("steps", FluidValues.ToFluid(scope.Steps.ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal), "steps"));
        context.SetValue("event", FluidValues.ToFluid(scope.Event, "event"));
        context.SetValue("now", new DateTimeValue(scope.Now));
        var instance = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = scope.InstanceId.ToString(),
            ["workflowId"] = scope.WorkflowId,
            ["workflowVersion"] = (long)scope.WorkflowVersion,
            ["bodyId"] = scope.BodyId?.ToString(),
        };
        context.SetValue("instance", FluidValues.ToFluid(instance, "instance"));
        if (scope.Body is { } body)
        {
            context.SetValue("body", FluidValues.ToFluid(body, "body"));
        }

        foreach (var (name, value) in scope.Locals)
        {
            context.SetValue(name, FluidValues.ToFluid(value, name));
        }

        return context;
    }

    private static FluidParser CreateParser()
    {
        var parser = new FluidParser();
        DateComparisonExpression.Register(parser);
        return parser;
    }

    // Fluid appends the whole source after its message; the first line is what a reader needs. Positions only make
    // sense for templates: conditions and expressions are parsed inside a wrapper the author never wrote.
    private static string CleanError(string error, ExpressionSyntax syntax)
    {
        var firstLine = error.Split('\n', 2)[0].Trim();
        if (syntax != ExpressionSyntax.Template)
        {
            firstLine = PositionSuffix().Replace(firstLine, "");
        }

        return firstLine.Length == 0 ? "syntax error" : firstLine;
    }

    [GeneratedRegex(@"\s*at \(\d+:\d+\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"^\{\{-?(?<body>.*?)-?\}\}$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SingleOutput();
}
