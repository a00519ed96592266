using Review4U.Workflows.Definitions;
using Review4U.Workflows.Steps.BuiltIn;

namespace Review4U.Workflows.Validation;

/// <summary>
/// Which branch each step runs in. forEach items and parallel branches are separate branches with their own step
/// outputs; if and switch stay in the branch they are in. A step can read <c>steps.ID</c> only when ID runs in its
/// own branch or an enclosing one.
/// </summary>
internal static class BranchPaths
{
    public static Dictionary<string, string> Compute(WorkflowDefinition definition)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(definition.Steps, "", paths);
        return paths;
    }

    public static bool CanRead(string readerPath, string targetPath) =>
        targetPath.Length == 0 || readerPath == targetPath || readerPath.StartsWith(targetPath + "/", StringComparison.Ordinal);

    /// <summary>The forEach or parallel step whose branch holds the target but not the reader.</summary>
    public static string OutermostHiddenOwner(string readerPath, string targetPath)
    {
        var reader = readerPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = targetPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < reader.Length && common < target.Length && reader[common] == target[common])
        {
            common++;
        }

        return target[common].Split('.')[0];
    }

    private static void Walk(StepSequence sequence, string path, Dictionary<string, string> paths)
    {
        foreach (var step in sequence.Steps)
        {
            paths.TryAdd(step.Id, path);
            var branching = step.Type is BuiltInStepTypes.ForEach or BuiltInStepTypes.Parallel;
            foreach (var (slot, nested) in step.NestedSequences())
            {
                Walk(nested, branching ? $"{path}/{step.Id}.{slot}".TrimStart('/') : path, paths);
            }
        }
    }
}
