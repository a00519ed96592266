namespace Review4U.Workflows.Hangfire.Persistence.Rows;

/// <summary>
/// One path of execution: the instance's root path, one branch of a forEach / parallel, advanced in batches.
/// </summary>
public sealed class BranchRow
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid? ParentBranchId { get; set; }
    public string? ForkStepId { get; set; }
    public int Ordinal { get; set; }
    public string? BranchKey { get; set; }

    /// <summary>The branch's path in the instance: "" at the root, <c>ask[17]</c>, <c>both.remind</c>, nested with <c>/</c>.</summary>
    public required string Scope { get; set; }
    public string? ItemName { get; set; }
    public string? Item { get; set; }
    public required string Status { get; set; }
    public string? StepId { get; set; }

    /// <summary>How many times this branch ran its current step before (loops made with <c>next</c>), from 0.</summary>
    public int Iteration { get; set; }

    /// <summary>Visits per step id, so a loop's next visit gets a fresh execution key.</summary>
    public required string Visits { get; set; }

    /// <summary>Why a ready branch was woken (event, timer, child, retry, skip, deadline), or null for a fresh step.</summary>
    public string? Resume { get; set; }
    public int Attempt { get; set; }
    public required string Outputs { get; set; }
    public int ChildrenTotal { get; set; }
    public int ChildrenDone { get; set; }

    /// <summary>Completed children a join waits for: all, 1 (any) or the quorum.</summary>
    public int JoinNeeded { get; set; }
    public DateTimeOffset ReadyAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
