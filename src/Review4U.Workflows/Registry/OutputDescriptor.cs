using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Registry;

/// <summary>An output a step type produces, readable as <c>steps.ID.NAME</c>.</summary>
public sealed record OutputDescriptor(string Name, DataType Type, string Description);
