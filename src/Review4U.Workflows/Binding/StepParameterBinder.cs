using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Binding;

/// <summary>
/// Builds a step's parameters record for one execution: conditions and expressions are evaluated, templates rendered,
/// literals converted, each to the declared type, then written to the record's properties. Parameters left out keep
/// the record's initial values. The runtime calls this and passes the result as <see cref="StepContext.Parameters"/>.
/// </summary>
public sealed class StepParameterBinder(IExpressionEvaluator evaluator)
{
    /// <summary>The bound record, or null when the type has no parameters record.</summary>
    /// <exception cref="StepParameterBindingException">A value could not be evaluated or converted.</exception>
    public object? Bind(StepDefinition step, StepTypeDescriptor descriptor, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.ParametersType is null)
        {
            return null;
        }

        var record = Activator.CreateInstance(descriptor.ParametersType)!;
        foreach (var parameter in descriptor.Parameters)
        {
            if (!step.Parameters.TryGetValue(parameter.Name, out var raw))
            {
                if (parameter.Required)
                {
                    throw new StepParameterBindingException(step.Id, parameter.Name, step.Location, "is missing");
                }

                continue;
            }

            try
            {
                var value = Evaluate(parameter, raw, scope);
                parameter.Property?.SetValue(record, ClrConversion.ToClr(value, parameter.Property.PropertyType));
            }
            catch (Exception exception) when (exception is ExpressionException or FormatException or OverflowException or InvalidCastException)
            {
                throw new StepParameterBindingException(step.Id, parameter.Name, raw.Location, exception.Message, exception);
            }
        }

        return record;
    }

    /// <summary>The value of one parameter as plain data of its declared type.</summary>
    public object? Evaluate(ParameterDescriptor parameter, ParameterValue raw, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(raw);
        return (parameter.Kind, raw) switch
        {
            (_, ScalarParameterValue { Text: null }) => null,
            (ParameterKind.Condition, ScalarParameterValue { Text: { } text }) => evaluator.EvaluateCondition(text, scope),
            (ParameterKind.Expression, ScalarParameterValue { Text: { } text }) =>
                ValueConversion.Convert(evaluator.EvaluateExpression(text, scope), parameter.Type),
            _ => ValueConversion.Convert(Resolve(raw, parameter.Type, scope), parameter.Type),
        };
    }

    /// <summary>Renders templates anywhere inside a raw value (nested lists and maps included); untyped literals follow YAML typing.</summary>
    public object? Resolve(ParameterValue raw, DataType type, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return raw switch
        {
            ScalarParameterValue { Text: null } => null,
            ScalarParameterValue { IsTemplate: true, Text: { } text } => evaluator.Render(text, type, scope),
            ScalarParameterValue scalar when type == DataType.Any => YamlScalarTyping.Infer(scalar),
            ScalarParameterValue { Text: { } text } => text,
            ListParameterValue list => list.Items.Select(item => Resolve(item, DataType.Any, scope)).ToList(),
            MapParameterValue map => map.Entries.ToDictionary(entry => entry.Key, entry => Resolve(entry.Value, DataType.Any, scope), StringComparer.Ordinal),
            _ => null,
        };
    }
}
