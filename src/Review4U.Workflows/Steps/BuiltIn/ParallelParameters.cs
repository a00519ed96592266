namespace Review4U.Workflows.Steps.BuiltIn;

[StepType(BuiltInStepTypes.Parallel, Description = "Runs named branches side by side and completes when all have completed.")]
[StepSequence("branches", Named = true, Required = true, Description = "Named sequences run in parallel.")]
public sealed record ParallelParameters;
