using Review4U.Workflows.Definitions;
using Review4U.Workflows.Expressions;
using Review4U.Workflows.Registry;

namespace Review4U.Workflows.Validation;

/// <summary>Checks that Liquid texts parse and read only names that exist: declared inputs and variables, known steps and their outputs.</summary>
internal sealed class TemplateChecker(
    IExpressionEvaluator evaluator,
    WorkflowDefinition definition,
    IReadOnlyDictionary<string, StepTypeDescriptor?> stepTypes,
    DiagnosticBag diagnostics)
{
    private readonly HashSet<string> inputs = new(definition.Inputs.Select(input => input.Name), StringComparer.Ordinal);
    private readonly HashSet<string> variables = new(definition.Variables.Select(variable => variable.Name), StringComparer.Ordinal);
    private readonly Dictionary<string, string> branchPaths = BranchPaths.Compute(definition);

    /// <summary>Checks every scalar inside a value (lists and maps included) that contains a template.</summary>
    public void CheckNested(ParameterValue value, TemplateScope scope, string what)
    {
        switch (value)
        {
            case ScalarParameterValue { IsTemplate: true, Text: { } text } scalar:
                Check(text, ExpressionSyntax.Template, scalar.Location, scope, what);
                break;
            case ListParameterValue list:
                foreach (var item in list.Items)
                {
                    CheckNested(item, scope, what);
                }

                break;
            case MapParameterValue map:
                foreach (var entry in map.Entries)
                {
                    CheckNested(entry.Value, scope, what);
                }

                break;
        }
    }

    public void Check(string text, ExpressionSyntax syntax, SourceLocation location, TemplateScope scope, string what)
    {
        var check = evaluator.Check(text, syntax);
        if (!check.IsValid)
        {
            var hint = check.Error!.StartsWith("unknown filter", StringComparison.Ordinal) ? "use a standard Liquid filter, e.g. upcase, default, plus, date, size, join, or one of ours: add_days, add_hours, days_until" : syntax switch
            {
                ExpressionSyntax.Condition => "write the condition as inside {% if … %}, e.g. vars.count < 2",
                ExpressionSyntax.Expression => "write a Liquid expression without {{ }}, e.g. inputs.members",
                _ => "close every {{ with }} and every {% with %}",
            };
            diagnostics.Add(location, $"{what} is not valid Liquid: {check.Error}", hint);
            return;
        }

        foreach (var path in check.References)
        {
            CheckReference(path, location, scope, what);
        }
    }

    private void CheckReference(IReadOnlyList<string> path, SourceLocation location, TemplateScope scope, string what)
    {
        var root = path[0];
        var dotted = string.Join('.', path);
        if (scope.Locals.Contains(root))
        {
            return;
        }

        if (!scope.Roots.Contains(root))
        {
            var hint = root switch
            {
                ScopeNames.Body => $"'body' is available only in the inputs and 'when:' of a cron trigger with 'forEachBody:'; pass what steps need as an input, e.g. 'bodyCode: \"{{{{ body.code }}}}\"'",
                _ when root == ScopeNames.Item || ScopeNames.Roots.Contains(root) => $"'{root}' is not available in {scope.Where}; available: {string.Join(", ", scope.Available)}",
                _ => Suggestions.Hint(root, scope.Available, "names available here"),
            };
            diagnostics.Add(location, $"{what} reads unknown name '{root}'", hint);
            return;
        }

        var member = path.Count > 1 ? path[1] : null;
        switch (root)
        {
            case ScopeNames.Inputs when member is not null && !inputs.Contains(member):
                diagnostics.Add(location, $"{what} reads '{dotted}' but there is no input '{member}'", Suggestions.Hint(member, inputs, "inputs"));
                break;
            case ScopeNames.Vars when member is not null && !variables.Contains(member):
                diagnostics.Add(location, $"{what} reads '{dotted}' but there is no variable '{member}'", Suggestions.Hint(member, variables, "variables (declare them under 'variables:')"));
                break;
            case ScopeNames.Instance when member is not null && !ScopeNames.InstanceMembers.Contains(member):
                diagnostics.Add(location, $"{what} reads '{dotted}', which does not exist", Suggestions.Hint(member, ScopeNames.InstanceMembers, "instance members"));
                break;
            case ScopeNames.Body when member is not null && !ScopeNames.BodyMembers.Contains(member):
                diagnostics.Add(location, $"{what} reads '{dotted}', which does not exist", Suggestions.Hint(member, ScopeNames.BodyMembers, "body members"));
                break;
            case ScopeNames.Steps when member is not null:
                CheckStepOutput(path, dotted, location, scope, what);
                break;
        }
    }

    private void CheckStepOutput(IReadOnlyList<string> path, string dotted, SourceLocation location, TemplateScope scope, string what)
    {
        var stepId = path[1];
        if (!stepTypes.TryGetValue(stepId, out var descriptor))
        {
            diagnostics.Add(location, $"{what} reads '{dotted}' but there is no step '{stepId}'", Suggestions.Hint(stepId, stepTypes.Keys, "steps"));
            return;
        }

        if (scope.ReaderStepId is { } reader && branchPaths.TryGetValue(reader, out var readerPath)
            && branchPaths.TryGetValue(stepId, out var targetPath) && !BranchPaths.CanRead(readerPath, targetPath))
        {
            var owner = BranchPaths.OutermostHiddenOwner(readerPath, targetPath);
            var branchHint = definition.FindStep(owner)?.Type == Steps.BuiltIn.BuiltInStepTypes.ForEach
                ? $"read the outputs of '{owner}' itself (steps.{owner}.count, steps.{owner}.completed) or collect values with setVariable inside the branch"
                : "collect values with setVariable inside the branch";
            diagnostics.Add(location, $"{what} reads '{dotted}' but step '{stepId}' runs in a branch of '{owner}', whose outputs stay in that branch", branchHint);
            return;
        }

        if (descriptor is null || path.Count < 3 || descriptor.DeclaresOutput(path[2]))
        {
            return;
        }

        var hint = descriptor.Outputs.Count == 0
            ? $"steps of type '{descriptor.TypeName}' have no outputs"
            : Suggestions.Hint(path[2], descriptor.Outputs.Select(output => output.Name), $"outputs of '{descriptor.TypeName}'");
        diagnostics.Add(location, $"{what} reads '{dotted}' but step '{stepId}' has no output '{path[2]}'", hint);
    }
}
