using System.Collections;
using System.Globalization;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Registry;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>
/// Renders a step's <c>with:</c> map against the scope and fills its parameters record (per execution).
/// Kept in the runtime until the definitions side ships its own binder; it only reads the descriptors.
/// </summary>
internal sealed class ParameterBinder(IExpressionEvaluator evaluator)
{
    public object? Bind(StepDefinition step, StepTypeDescriptor descriptor, ExpressionScope scope)
    {
        if (descriptor.ParametersType is null)
        {
            return null;
        }

        var record = Activator.CreateInstance(descriptor.ParametersType)
            ?? throw new InvalidOperationException($"Cannot create {descriptor.ParametersType.Name}.");
        foreach (var parameter in descriptor.Parameters)
        {
            if (parameter.Property is null || !step.Parameters.TryGetValue(parameter.Name, out var raw))
            {
                continue;
            }

            object? value;
            try
            {
                value = Evaluate(parameter, raw, scope);
                value = ToClr(value, parameter.Property.PropertyType);
            }
            catch (Exception e) when (e is ExpressionException or FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                throw new ExpressionException($"{raw.Location}: parameter '{parameter.Name}' of step '{step.Id}': {e.Message}", e);
            }

            parameter.Property.SetValue(record, value);
        }

        return record;
    }

    private object? Evaluate(ParameterDescriptor parameter, ParameterValue raw, ExpressionScope scope)
    {
        if (parameter.IsCondition && raw is ScalarParameterValue { Text: { } condition })
        {
            return evaluator.EvaluateCondition(condition, scope);
        }

        if (parameter.IsExpression && raw is ScalarParameterValue { Text: { } expression })
        {
            return evaluator.EvaluateExpression(expression, scope);
        }

        return Render(raw, parameter.Type, scope);
    }

    private object? Render(ParameterValue raw, DataType type, ExpressionScope scope) => raw switch
    {
        ScalarParameterValue { Text: null } => null,
        ScalarParameterValue scalar when scalar.IsTemplate => evaluator.Render(scalar.Text!, type, scope),
        ScalarParameterValue scalar => ValueConversion.Convert(scalar.Text, type),
        ListParameterValue list => list.Items.Select(item => Render(item, DataType.Any, scope)).ToList(),
        MapParameterValue map => map.Entries.ToDictionary(entry => entry.Key, entry => Render(entry.Value, DataType.Any, scope), StringComparer.Ordinal),
        _ => raw.ToPlainValue(),
    };

    private static object? ToClr(object? value, Type target)
    {
        value = ValueConversion.Normalize(value);
        if (value is null)
        {
            return null;
        }

        var core = Nullable.GetUnderlyingType(target) ?? target;
        if (core.IsInstanceOfType(value))
        {
            return value;
        }

        if (core.IsEnum)
        {
            return Enum.Parse(core, Convert.ToString(value, CultureInfo.InvariantCulture)!, ignoreCase: true);
        }

        if (core == typeof(object))
        {
            return value;
        }

        if (value is IEnumerable and not string && typeof(IEnumerable).IsAssignableFrom(core))
        {
            return value;
        }

        var dataType = ClrTypeMapping.ToDataType(core);
        var converted = dataType == DataType.Any ? value : ValueConversion.Convert(value, dataType);
        return converted is not null && !core.IsInstanceOfType(converted)
            ? Convert.ChangeType(converted, core, CultureInfo.InvariantCulture)
            : converted;
    }
}
