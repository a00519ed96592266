namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>A branch row loaded for one job; the job changes it in memory and writes it back before commit.</summary>
internal sealed class BranchState
{
    public required Guid Id { get; init; }
    public required Guid InstanceId { get; init; }
    public Guid? ParentBranchId { get; init; }
    public string? ForkStepId { get; init; }
    public int Ordinal { get; init; }
    public string? BranchKey { get; init; }
    public required string Scope { get; init; }
    public string? ItemName { get; init; }
    public object? Item { get; init; }
    public required string Status { get; set; }
    public string? StepId { get; set; }
    public int Iteration { get; set; }
    public int Attempt { get; set; }
    public required Dictionary<string, object?> Outputs { get; init; }
    public required Dictionary<string, object?> Visits { get; init; }
    public ResumeSignal? Resume { get; set; }
    public int ChildrenTotal { get; set; }
    public int ChildrenDone { get; set; }
    public int JoinNeeded { get; set; }
    public DateTimeOffset ReadyAt { get; set; }

    /// <summary>True when the job created this branch (inserted, not updated).</summary>
    public bool IsNew { get; init; }

    public bool IsRoot => ParentBranchId is null;

    /// <summary>Moves to a step: its visit count becomes the iteration that keys the execution.</summary>
    public void Enter(string stepId, DateTimeOffset now)
    {
        var visits = Visits.TryGetValue(stepId, out var seen) && seen is not null ? Convert.ToInt32(seen, System.Globalization.CultureInfo.InvariantCulture) : 0;
        Visits[stepId] = visits + 1;
        StepId = stepId;
        Iteration = visits;
        Attempt = 0;
        Status = BranchStatus.Ready;
        ReadyAt = now;
        Resume = null;
    }
}
