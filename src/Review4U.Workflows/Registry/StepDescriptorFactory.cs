using System.Reflection;
using System.Runtime.CompilerServices;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Registry;

/// <summary>Builds a <see cref="StepTypeDescriptor"/> from a step class and/or its parameters record, by their attributes.</summary>
public static class StepDescriptorFactory
{
    /// <summary>Describes a registered step class (implementing <see cref="IStep"/> and optionally <see cref="IStep{TParameters}"/>).</summary>
    public static StepTypeDescriptor ForStep(Type stepType)
    {
        ArgumentNullException.ThrowIfNull(stepType);
        if (!typeof(IStep).IsAssignableFrom(stepType) || stepType.IsAbstract)
        {
            throw new ArgumentException($"{stepType.Name} is not a concrete {nameof(IStep)}.", nameof(stepType));
        }

        var parametersType = stepType.GetInterfaces()
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IStep<>))
            .Select(type => type.GetGenericArguments()[0])
            .SingleOrDefault();
        return Create(stepType, parametersType, stepType);
    }

    /// <summary>Describes a built-in control-flow type from its parameters record alone.</summary>
    public static StepTypeDescriptor ForBuiltIn(Type parametersType)
    {
        ArgumentNullException.ThrowIfNull(parametersType);
        return Create(parametersType, parametersType, null);
    }

    private static StepTypeDescriptor Create(Type metadataType, Type? parametersType, Type? stepClrType)
    {
        var typeAttribute = metadataType.GetCustomAttribute<StepTypeAttribute>()
            ?? throw new ArgumentException($"{metadataType.Name} has no [{nameof(StepTypeAttribute)}].", nameof(metadataType));
        var outputs = metadataType.GetCustomAttributes<StepOutputAttribute>()
            .Select(output => new OutputDescriptor(output.Name, output.Type, output.Description))
            .ToList();
        var sequences = metadataType.GetCustomAttributes<StepSequenceAttribute>()
            .Select(slot => new SequenceSlotDescriptor(slot.Name, slot.Named, slot.Required, slot.Description))
            .ToList();
        var parameters = parametersType is null ? [] : DescribeParameters(parametersType);
        return new StepTypeDescriptor(
            typeAttribute.Name, typeAttribute.Description, parameters, outputs, typeAttribute.Outcomes, sequences, parametersType, stepClrType);
    }

    private static List<ParameterDescriptor> DescribeParameters(Type parametersType)
    {
        if (parametersType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException($"Parameters record {parametersType.Name} needs a parameterless constructor.", nameof(parametersType));
        }

        var prototype = Activator.CreateInstance(parametersType);
        var result = new List<ParameterDescriptor>();
        foreach (var property in parametersType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var attribute = property.GetCustomAttribute<StepParameterAttribute>();
            if (attribute is null)
            {
                continue;
            }

            if (property.SetMethod is null)
            {
                throw new ArgumentException($"Parameter {parametersType.Name}.{property.Name} needs a setter or init accessor.", nameof(parametersType));
            }

            var name = attribute.Name ?? JsonNaming.CamelCase(property.Name);
            var required = attribute.Required || property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            var type = attribute.Kind == ParameterKind.Condition ? DataType.Bool
                : attribute.Type != DataType.Any ? attribute.Type
                : ClrTypeMapping.ToDataType(property.PropertyType);
            var allowed = ClrTypeMapping.EnumNames(property.PropertyType);
            var defaultValue = required ? null : ClrTypeMapping.ToPlainDefault(property.GetValue(prototype));
            result.Add(new ParameterDescriptor(
                name, type, required, attribute.Description, attribute.Kind, attribute.AllowTemplate, allowed, defaultValue, property));
        }

        return result;
    }
}
