namespace Review4U.Workflows.Definitions;

/// <summary>
/// Where a step sits: its sequence and index there, and the control-flow step owning that sequence
/// (null at the top level) with the slot name (<c>then</c>, <c>cases.KEY</c>, <c>do</c>, <c>branches.NAME</c>, …).
/// </summary>
public sealed record StepPosition(StepDefinition Step, StepSequence Sequence, int Index, StepDefinition? Owner, string? Slot);
