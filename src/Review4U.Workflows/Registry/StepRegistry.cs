using System.Diagnostics.CodeAnalysis;
using Review4U.Workflows.Steps.BuiltIn;

namespace Review4U.Workflows.Registry;

/// <summary>
/// Every step type known to this process: the built-in control-flow types (interpreted by the runtime) plus each
/// type added with <c>AddReview4UWorkflowStep&lt;TStep&gt;()</c>. Built once by DI; immutable.
/// </summary>
public sealed class StepRegistry
{
    private readonly Dictionary<string, StepTypeDescriptor> byName = new(StringComparer.Ordinal);

    public StepRegistry(IEnumerable<StepRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        foreach (var builtIn in BuiltInStepTypes.ParameterRecords)
        {
            Add(StepDescriptorFactory.ForBuiltIn(builtIn));
        }

        foreach (var registration in registrations.DistinctBy(registration => registration.StepType))
        {
            Add(StepDescriptorFactory.ForStep(registration.StepType));
        }
    }

    /// <summary>All descriptors, built-ins first, then registered types sorted by name.</summary>
    public IReadOnlyList<StepTypeDescriptor> Descriptors =>
        [.. byName.Values.Where(d => d.IsBuiltIn), .. byName.Values.Where(d => !d.IsBuiltIn).OrderBy(d => d.TypeName, StringComparer.Ordinal)];

    public IEnumerable<string> TypeNames => byName.Keys;

    public bool TryGet(string typeName, [NotNullWhen(true)] out StepTypeDescriptor? descriptor) =>
        byName.TryGetValue(typeName, out descriptor);

    public StepTypeDescriptor Get(string typeName) =>
        byName.TryGetValue(typeName, out var descriptor)
            ? descriptor
            : throw new KeyNotFoundException($"Unknown step type '{typeName}'.");

    private void Add(StepTypeDescriptor descriptor)
    {
        if (!byName.TryAdd(descriptor.TypeName, descriptor))
        {
            throw new InvalidOperationException(
                $"Step type '{descriptor.TypeName}' is registered twice ({byName[descriptor.TypeName].StepClrType?.Name ?? "built-in"} and {descriptor.StepClrType?.Name ?? "built-in"}).");
        }
    }
}
