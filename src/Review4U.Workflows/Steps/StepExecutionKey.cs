namespace Review4U.Workflows.Steps;

/// <summary>
/// The identity of one step execution, stable across retries and duplicated jobs so side effects can be keyed on it.
/// <see cref="Scope"/> names the branch ("" at the top level; e.g. <c>askMembers[17]</c> or <c>both.remind</c>, nested with <c>/</c>);
/// <see cref="Visit"/> counts earlier executions of the same step in the same scope (loops made with <c>next</c>), from 0.
/// </summary>
public readonly record struct StepExecutionKey(Guid InstanceId, string Scope, string StepId, int Visit)
{
    /// <summary>Canonical text form, e.g. <c>0f8f…/askMembers[17]/remind#0</c>; use it as the unique key of an effect.</summary>
    public override string ToString() =>
        Scope.Length == 0 ? $"{InstanceId:N}/{StepId}#{Visit}" : $"{InstanceId:N}/{Scope}/{StepId}#{Visit}";
}
