using System.Text.RegularExpressions;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Steps.BuiltIn;

namespace Review4U.Workflows.Validation;

/// <summary>Walks the step tree: ids, types, parameters, nested sequences, <c>next</c> targets and reachability.</summary>
internal sealed partial class StepChecker(
    StepRegistry registry,
    WorkflowDefinition definition,
    TemplateChecker templates,
    DiagnosticBag diagnostics)
{
    private readonly ParameterChecker parameters = new(templates, diagnostics);
    private readonly BuiltInRules builtIns = new(definition, diagnostics);

    public void CheckSequence(StepSequence sequence, TemplateScope scope)
    {
        foreach (var step in sequence.Steps)
        {
            CheckStep(step, sequence, scope);
        }

        CheckReachability(sequence);
        CheckLoops(sequence);
    }

    // next is unconditional, so each step has one successor: the steps run from the first form a path that either
    // leaves the sequence or ends in a loop nothing can leave. A loop that never waits would spin the engine forever.
    private void CheckLoops(StepSequence sequence)
    {
        var order = new List<int>();
        var seen = new Dictionary<int, int>();
        var index = 0;
        while (index >= 0 && index < sequence.Count && !seen.ContainsKey(index))
        {
            seen[index] = order.Count;
            order.Add(index);
            var next = sequence.Steps[index].Next;
            index = next is null ? index + 1 : next == StepDefinition.EndOfSequence ? -1 : sequence.IndexOf(next);
        }

        if (index < 0 || index >= sequence.Count)
        {
            return;
        }

        var loop = order.Skip(seen[index]).Select(i => sequence.Steps[i]).ToList();
        if (!loop.Any(MayWait))
        {
            var names = string.Join(" → ", loop.Select(step => step.Id).Append(loop[0].Id));
            diagnostics.Add(loop[^1].Location, $"steps {names} loop forever without waiting",
                "next makes an unconditional loop; end it with 'next: end', put a delay or waitEvent in it, or repeat with a cron trigger or a forEach");
        }
    }

    // True when running the step always pauses the branch (or may: registered types can suspend on a bookmark).
    // Waits nested in if/switch count only when every path has one; a forEach may have no items.
    private bool MayWait(StepDefinition step) => step.Type switch
    {
        BuiltInStepTypes.Delay or BuiltInStepTypes.WaitEvent or BuiltInStepTypes.Workflow => true,
        BuiltInStepTypes.Parallel => step.Branches.Any(branch => Waits(branch.Value)),
        BuiltInStepTypes.If => step.Then is not null && step.Else is not null && Waits(step.Then) && Waits(step.Else),
        BuiltInStepTypes.Switch => step.Default is not null && Waits(step.Default) && step.Cases.All(c => Waits(c.Value)),
        BuiltInStepTypes.ForEach or BuiltInStepTypes.SetVariable or BuiltInStepTypes.Log => false,
        _ => registry.TryGet(step.Type, out var descriptor) && !descriptor.IsBuiltIn,
    };

    private bool Waits(StepSequence sequence) => sequence.Steps.Any(MayWait);

    private void CheckStep(StepDefinition step, StepSequence sequence, TemplateScope scope)
    {
        if (step.Id.Length > 0 && (!StepId().IsMatch(step.Id) || step.Id == StepDefinition.EndOfSequence))
        {
            diagnostics.Add(step.Location, $"step id '{step.Id}' is not allowed",
                "use letters, digits and '_', starting with a letter (templates read it as steps.ID); 'end' is reserved");
        }

        CheckNext(step, sequence);
        if (step.Type.Length == 0)
        {
            return;
        }

        if (!registry.TryGet(step.Type, out var descriptor))
        {
            diagnostics.Add(step.Location, $"unknown step type '{step.Type}'", Suggestions.Hint(step.Type, registry.TypeNames, "step types"));
            foreach (var (_, nested) in step.NestedSequences())
            {
                CheckSequence(nested, scope);
            }

            return;
        }

        parameters.Check(step, descriptor, scope);
        builtIns.Check(step, descriptor);
        CheckNestedSequences(step, descriptor, scope);
    }

    private void CheckNestedSequences(StepDefinition step, StepTypeDescriptor descriptor, TemplateScope scope)
    {
        var given = new List<(string Slot, StepSequence? Single, IReadOnlyList<KeyValuePair<string, StepSequence>>? Named)>
        {
            ("then", step.Then, null),
            ("else", step.Else, null),
            ("cases", null, step.Cases),
            ("default", step.Default, null),
            ("do", step.Do, null),
            ("branches", null, step.Branches),
        };
        var inner = BuiltInRules.ScopeInside(step, descriptor, scope);
        foreach (var (slot, single, named) in given)
        {
            var present = single is not null || named is { Count: > 0 };
            var declared = descriptor.FindSequence(slot);
            if (declared is null)
            {
                if (present)
                {
                    var location = single?.Location ?? named![0].Value.Location;
                    diagnostics.Add(location, $"step '{step.Id}' of type '{step.Type}' has no '{slot}'",
                        descriptor.Sequences.Count == 0 ? $"'{step.Type}' takes no nested steps" : $"'{step.Type}' takes: {string.Join(", ", descriptor.Sequences.Select(s => s.Name))}");
                }

                continue;
            }

            if (declared.Required && !present)
            {
                diagnostics.Add(step.Location, $"step '{step.Id}' of type '{step.Type}' needs '{slot}'", declared.Description);
            }

            if (single is not null)
            {
                CheckNonEmpty(single, step, slot);
                CheckSequence(single, inner);
            }

            foreach (var (name, sequence) in named ?? [])
            {
                CheckNonEmpty(sequence, step, $"{slot}.{name}");
                CheckSequence(sequence, inner);
            }
        }
    }

    private void CheckNonEmpty(StepSequence sequence, StepDefinition owner, string slot)
    {
        if (sequence.Count == 0)
        {
            diagnostics.Add(sequence.Location, $"'{slot}' of step '{owner.Id}' has no steps", "give it at least one step, or remove it");
        }
    }

    private void CheckNext(StepDefinition step, StepSequence sequence)
    {
        if (step.Next is null or StepDefinition.EndOfSequence || sequence.IndexOf(step.Next) >= 0)
        {
            return;
        }

        if (definition.FindStep(step.Next) is not null)
        {
            diagnostics.Add(step.Location, $"step '{step.Id}' jumps to '{step.Next}', which is not in the same sequence",
                "next may only name a step of the same list (or 'end'); nested steps cannot jump out of their block");
            return;
        }

        diagnostics.Add(step.Location, $"step '{step.Id}' jumps to unknown step '{step.Next}'",
            Suggestions.Hint(step.Next, sequence.Steps.Select(s => s.Id).Append(StepDefinition.EndOfSequence), "targets in this sequence"));
    }

    private void CheckReachability(StepSequence sequence)
    {
        if (sequence.Count == 0)
        {
            return;
        }

        var reached = new bool[sequence.Count];
        var pending = new Stack<int>([0]);
        while (pending.TryPop(out var index))
        {
            if (index < 0 || index >= sequence.Count || reached[index])
            {
                continue;
            }

            reached[index] = true;
            var next = sequence.Steps[index].Next;
            pending.Push(next is null ? index + 1 : next == StepDefinition.EndOfSequence ? -1 : sequence.IndexOf(next));
        }

        for (var i = 1; i < sequence.Count; i++)
        {
            if (!reached[i] && reached[i - 1])
            {
                var before = sequence.Steps[i - 1];
                diagnostics.Add(sequence.Steps[i].Location, $"step '{sequence.Steps[i].Id}' is unreachable",
                    $"step '{before.Id}' before it always goes to '{before.Next}' and no step jumps here; remove it or point a 'next' at it");
            }
            else if (!reached[i])
            {
                diagnostics.Add(sequence.Steps[i].Location, $"step '{sequence.Steps[i].Id}' is unreachable", "no step runs before it or jumps to it");
            }
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StepId();
}
