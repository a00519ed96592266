using Npgsql;
using Review4U.Workflows.Definitions;

namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Everything one advance job shares while it moves a batch of branches, all in one transaction.</summary>
internal sealed class AdvanceContext
{
    public required NpgsqlConnection Connection { get; init; }
    public required NpgsqlTransaction Transaction { get; init; }
    public required InstanceState Instance { get; init; }
    public required WorkflowDefinition Definition { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required JournalBuffer Journal { get; init; }
    public required AfterCommit AfterCommit { get; init; }

    /// <summary>Branches created by this job (fan-outs), inserted by COPY before the updates.</summary>
    public List<BranchState> NewBranches { get; } = [];

    /// <summary>Branches changed by this job besides the batch (join parents).</summary>
    public Dictionary<Guid, BranchState> Touched { get; } = [];

    /// <summary>Completed children per parent branch, applied to the join once per job.</summary>
    public Dictionary<Guid, int> CompletedChildren { get; } = [];

    /// <summary>Ancestor rows of the batch's branches, for scopes.</summary>
    public Dictionary<Guid, BranchState> Ancestors { get; } = [];

    /// <summary>Branches cancelled in the database by this job (a finished join); in-memory copies must not revive them.</summary>
    public HashSet<Guid> CancelledBranches { get; } = [];

    public bool RootCompleted { get; set; }
    public bool IncidentRaised { get; set; }
    public int ForkedBranches { get; set; }

    public void Log(string kind, BranchState branch, string? detail = null, string actor = "engine") =>
        Journal.Add(Instance.Id, Now, actor, kind, branch.Scope, branch.StepId, detail);
}
