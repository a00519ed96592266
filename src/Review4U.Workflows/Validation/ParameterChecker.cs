using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Validation;

/// <summary>Checks a step's <c>with:</c> against its type's parameters: unknown, missing, wrong literal types, bad Liquid.</summary>
internal sealed class ParameterChecker(TemplateChecker templates, DiagnosticBag diagnostics)
{
    public void Check(StepDefinition step, StepTypeDescriptor descriptor, TemplateScope scope)
    {
        scope = scope with { ReaderStepId = step.Id };
        foreach (var entry in step.Parameters.Entries)
        {
            var parameter = descriptor.FindParameter(entry.Key);
            if (parameter is null)
            {
                diagnostics.Add(entry.KeyLocation, $"step '{step.Id}' of type '{step.Type}' has no parameter '{entry.Key}'",
                    descriptor.Parameters.Count == 0 ? $"'{step.Type}' takes no parameters" : Suggestions.Hint(entry.Key, descriptor.Parameters.Select(p => p.Name), "parameters"));
                continue;
            }

            CheckValue(step, parameter, entry.Value, scope);
        }

        foreach (var missing in descriptor.Parameters.Where(p => p.Required && !step.Parameters.TryGetValue(p.Name, out _)))
        {
            diagnostics.Add(step.Location, $"step '{step.Id}' of type '{step.Type}' is missing parameter '{missing.Name}'", Describe(missing));
        }
    }

    private void CheckValue(StepDefinition step, ParameterDescriptor parameter, ParameterValue value, TemplateScope scope)
    {
        var what = $"parameter '{parameter.Name}' of step '{step.Id}'";
        if (value is ScalarParameterValue { Text: null } && parameter.Required)
        {
            diagnostics.Add(value.Location, $"{what} is empty", Describe(parameter));
            return;
        }

        switch (parameter.Kind)
        {
            case ParameterKind.Condition:
                CheckLiquid(value, ExpressionSyntax.Condition, what, scope, "a condition", "vars.count < 2");
                return;
            case ParameterKind.Expression when value is ScalarParameterValue:
                CheckLiquid(value, ExpressionSyntax.Expression, what, scope, "an expression", "inputs.members");
                return;
        }

        switch (value)
        {
            case ScalarParameterValue { IsTemplate: true } when !parameter.AllowTemplate:
                diagnostics.Add(value.Location, $"{what} must be a literal value, not a template", Describe(parameter));
                break;
            case ScalarParameterValue { IsTemplate: true, Text: { } text }:
                templates.Check(text, ExpressionSyntax.Template, value.Location, scope, what);
                break;
            case ScalarParameterValue { Text: { } text }:
                CheckLiteral(parameter, text, value.Location, what);
                break;
            case ListParameterValue or MapParameterValue when parameter.Type is DataType.Any
                || (parameter.Type == DataType.List && value is ListParameterValue)
                || (parameter.Type == DataType.Object && value is MapParameterValue):
                templates.CheckNested(value, scope, what);
                break;
            case ListParameterValue or MapParameterValue:
                diagnostics.Add(value.Location, $"{what} is {(value is ListParameterValue ? "a list" : "a map")}", Describe(parameter));
                break;
        }
    }

    private void CheckLiteral(ParameterDescriptor parameter, string text, SourceLocation location, string what)
    {
        if (parameter.AllowedValues.Count > 0)
        {
            if (!parameter.AllowedValues.Contains(text, StringComparer.Ordinal))
            {
                diagnostics.Add(location, $"{what} is '{text}'", Suggestions.Hint(text, parameter.AllowedValues, "allowed values"));
            }

            return;
        }

        if (!ValueConversion.TryConvert(text, parameter.Type, out _, out var error))
        {
            diagnostics.Add(location, $"{what}: {error}", Describe(parameter));
        }
    }

    private void CheckLiquid(ParameterValue value, ExpressionSyntax syntax, string what, TemplateScope scope, string kind, string example)
    {
        if (value is not ScalarParameterValue { Text: { } text })
        {
            diagnostics.Add(value.Location, $"{what} must be {kind} written as text", $"e.g. {example}");
            return;
        }

        if (text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal))
        {
            diagnostics.Add(value.Location, $"{what} is {kind}: write it without {{{{ }}}}", $"e.g. {example}");
            return;
        }

        templates.Check(text, syntax, value.Location, scope, what);
    }

    private static string Describe(ParameterDescriptor parameter)
    {
        var expected = parameter.AllowedValues.Count > 0
            ? $"one of: {string.Join(", ", parameter.AllowedValues)}"
            : parameter.Kind switch
            {
                ParameterKind.Condition => "a Liquid condition",
                ParameterKind.Expression => "a Liquid expression",
                _ => ValueConversion.Expected(parameter.Type),
            };
        return parameter.Description.Length > 0 ? $"expected {expected}: {parameter.Description}" : $"expected {expected}";
    }
}
