using System.Globalization;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Steps.BuiltIn;

namespace Review4U.Workflows.Validation;

/// <summary>Rules of the built-in types that span several parameters (forEach join, delay's one-of, setVariable's name).</summary>
internal sealed class BuiltInRules(WorkflowDefinition definition, DiagnosticBag diagnostics)
{
    private static readonly string[] DelayChoices = ["duration", "until"];

    public void Check(StepDefinition step, StepTypeDescriptor descriptor)
    {
        if (!descriptor.IsBuiltIn)
        {
            return;
        }

        switch (step.Type)
        {
            case BuiltInStepTypes.ForEach:
                CheckForEach(step);
                break;
            case BuiltInStepTypes.Delay:
                var count = DelayChoices.Count(name => step.Parameters.TryGetValue(name, out _));
                if (count != 1)
                {
                    diagnostics.Add(step.Location, $"step '{step.Id}' of type 'delay' needs exactly one of 'duration' and 'until'",
                        "e.g. 'with: { duration: P7D }' or 'with: { until: \"{{ inputs.deadline }}\" }'");
                }

                break;
            case BuiltInStepTypes.SetVariable:
                if (step.Parameters["name"] is ScalarParameterValue { Text: { } name } value
                    && !definition.Variables.Any(variable => variable.Name == name))
                {
                    diagnostics.Add(value.Location, $"step '{step.Id}' sets undeclared variable '{name}'",
                        Suggestions.Hint(name, definition.Variables.Select(variable => variable.Name), "variables (declare them under 'variables:')"));
                }

                break;
        }
    }

    /// <summary>The template scope inside a step's nested sequences: forEach adds <c>item</c> and its <c>as</c> name.</summary>
    public static TemplateScope ScopeInside(StepDefinition step, StepTypeDescriptor descriptor, TemplateScope outer)
    {
        if (!descriptor.IsBuiltIn || step.Type != BuiltInStepTypes.ForEach)
        {
            return outer;
        }

        return step.Parameters["as"] is ScalarParameterValue { Text: { Length: > 0 } name }
            ? outer.WithLocals(ScopeNames.Item, name)
            : outer.WithLocals(ScopeNames.Item);
    }

    private void CheckForEach(StepDefinition step)
    {
        if (step.Parameters["as"] is ScalarParameterValue { Text: { } name } asValue
            && (ScopeNames.Roots.Contains(name) || !char.IsLetter(name[0]) || !name.All(c => char.IsLetterOrDigit(c) || c == '_')))
        {
            diagnostics.Add(asValue.Location, $"forEach '{step.Id}' names its item '{name}'",
                $"use an identifier other than {string.Join(", ", ScopeNames.Roots)}, e.g. 'as: member'");
        }

        var join = (step.Parameters["join"] as ScalarParameterValue)?.Text ?? "all";
        var quorum = step.Parameters["quorum"];
        if (join == "quorum" && quorum is null)
        {
            diagnostics.Add(step.Location, $"forEach '{step.Id}' joins on a quorum but gives no 'quorum'", "add e.g. 'quorum: 3' (branches that must complete)");
        }
        else if (join != "quorum" && quorum is not null)
        {
            diagnostics.Add(quorum.Location, $"forEach '{step.Id}' gives 'quorum' but joins on '{join}'", "set 'join: quorum', or remove 'quorum'");
        }
        else if (quorum is ScalarParameterValue { IsTemplate: false, Text: { } text }
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value < 1)
        {
            diagnostics.Add(quorum.Location, $"forEach '{step.Id}' has quorum {value}", "a quorum is at least 1");
        }
    }
}
