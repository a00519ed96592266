namespace Review4U.Workflows.Registry;

/// <summary>A nested sequence of a control-flow type: single (<c>then</c>, <c>else</c>, <c>default</c>, <c>do</c>) or named (<c>cases</c>, <c>branches</c>).</summary>
public sealed record SequenceSlotDescriptor(string Name, bool Named, bool Required, string Description);
