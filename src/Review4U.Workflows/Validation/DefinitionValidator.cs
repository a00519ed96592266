using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Registry;

namespace Review4U.Workflows.Validation;

/// <summary>
/// Checks a definition's meaning against the step registry: step types and parameters, types of literal values,
/// Liquid syntax and the names templates read, <c>next</c> targets, unreachable steps, duplicate ids, cron and
/// time zones, durations, and the rules of the built-in control-flow types. Pure: it reads nothing but its arguments.
/// </summary>
public sealed class DefinitionValidator(StepRegistry registry, IExpressionEvaluator evaluator)
{
    public IReadOnlyList<DefinitionDiagnostic> Validate(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var diagnostics = new DiagnosticBag();
        Validate(definition, diagnostics);
        return diagnostics.Items;
    }

    internal void Validate(WorkflowDefinition definition, DiagnosticBag diagnostics)
    {
        var stepTypes = IndexSteps(definition, diagnostics);
        var templates = new TemplateChecker(evaluator, definition, stepTypes, diagnostics);
        CheckInputs(definition, templates, diagnostics);
        CheckVariables(definition, templates);
        new TriggerChecker(definition, templates, diagnostics).Check();
        new StepChecker(registry, definition, templates, diagnostics).CheckSequence(definition.Steps, TemplateScope.Steps);
    }

    private Dictionary<string, StepTypeDescriptor?> IndexSteps(WorkflowDefinition definition, DiagnosticBag diagnostics)
    {
        var firstSeen = new Dictionary<string, StepDefinition>(StringComparer.Ordinal);
        var types = new Dictionary<string, StepTypeDescriptor?>(StringComparer.Ordinal);
        foreach (var step in definition.AllSteps().Where(step => step.Id.Length > 0))
        {
            if (firstSeen.TryGetValue(step.Id, out var first))
            {
                diagnostics.Add(step.Location, $"duplicate step id '{step.Id}'", $"ids must be unique in the file; the first is at line {first.Location.Line}");
                continue;
            }

            firstSeen[step.Id] = step;
            types[step.Id] = registry.TryGet(step.Type, out var descriptor) ? descriptor : null;
        }

        return types;
    }

    private static void CheckInputs(WorkflowDefinition definition, TemplateChecker templates, DiagnosticBag diagnostics)
    {
        foreach (var input in definition.Inputs)
        {
            switch (input.Default)
            {
                case ScalarParameterValue { IsTemplate: true } scalar:
                    diagnostics.Add(scalar.Location, $"the default of input '{input.Name}' is a template", "defaults are literal values; compute values in 'variables:' or a setVariable step");
                    break;
                case ScalarParameterValue { Text: { } text } scalar when !ValueConversion.TryConvert(text, input.Type, out _, out var error):
                    diagnostics.Add(scalar.Location, $"the default of input '{input.Name}': {error}", $"input '{input.Name}' is declared as {input.Type.ToName()}");
                    break;
                case ListParameterValue or MapParameterValue when input.Type is not (DataType.List or DataType.Object or DataType.Any):
                    diagnostics.Add(input.Default.Location, $"the default of input '{input.Name}' is {(input.Default is ListParameterValue ? "a list" : "a map")}", $"input '{input.Name}' is declared as {input.Type.ToName()}");
                    break;
                case { } value:
                    templates.CheckNested(value, TemplateScope.Steps, $"the default of input '{input.Name}'");
                    break;
            }
        }
    }

    private static void CheckVariables(WorkflowDefinition definition, TemplateChecker templates)
    {
        var scope = new TemplateScope(
            new HashSet<string>([ScopeNames.Inputs, ScopeNames.Now, ScopeNames.Instance], StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal),
            "a variable's initial value");
        foreach (var variable in definition.Variables)
        {
            templates.CheckNested(variable.InitialValue, scope, $"the initial value of variable '{variable.Name}'");
        }
    }
}
