using Review4U.Documents.Progress;

namespace Review4U.FollowUp.Model;

/// <summary>A commitment's status as stored and exchanged (kebab codes), and what owners may write for it.</summary>
public static class CommitmentStatuses
{
    public const string NotStarted = "not-started";
    public const string OnTrack = "on-track";
    public const string AtRisk = "at-risk";
    public const string Done = "done";
    public const string Blocked = "blocked";

    public static IReadOnlyList<string> All { get; } = [NotStarted, OnTrack, AtRisk, Done, Blocked];

    /// <summary>
    /// The code for what a person wrote: the code itself, or its words in any case and spacing
    /// ("at risk", "At-Risk", "on track", "not started"). Null when it is none of them.
    /// </summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = string.Join('-', text.Trim().ToLowerInvariant().Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return All.FirstOrDefault(s => s == words);
    }

    public static CommitmentStatus ToReport(string status) => status switch
    {
        NotStarted => CommitmentStatus.NotStarted,
        OnTrack => CommitmentStatus.OnTrack,
        AtRisk => CommitmentStatus.AtRisk,
        Done => CommitmentStatus.Done,
        Blocked => CommitmentStatus.Blocked,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown commitment status."),
    };
}
