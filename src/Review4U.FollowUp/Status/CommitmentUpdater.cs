using Review4U.Data.Modules;
using Review4U.Domain.Vocabulary;
using Review4U.FollowUp.Data;
using Review4U.FollowUp.Data.Rows;
using Review4U.FollowUp.Model;

namespace Review4U.FollowUp.Status;

/// <summary>
/// Applies one status update to a commitment inside the caller's session: checks it, writes the timeline entry and
/// the commitment's new state. A refusal writes nothing. <c>done</c> without a progress means 100%.
/// </summary>
public static class CommitmentUpdater
{
    public static string? Check(StatusUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (CommitmentStatuses.Parse(update.Status) is null)
        {
            return $"status: \"{update.Status}\" is not one of {string.Join(", ", CommitmentStatuses.All)}";
        }

        if (update.Progress is < 0 or > 100)
        {
            return $"progress: {update.Progress} is not between 0 and 100";
        }

        return update.Note is { Length: > 4000 } ? "note: longer than 4000 characters" : null;
    }

    public static TimelineEntryRow Apply(
        ModuleUnitOfWork<FollowUpDbContext> session, CommitmentRow commitment, string timeZoneId, StatusUpdate update, string source, string actor, Guid? requestId, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(update);
        var status = CommitmentStatuses.Parse(update.Status) ?? throw new ArgumentException(Check(update), nameof(update));
        var progress = update.Progress ?? (status == CommitmentStatuses.Done ? 100 : commitment.Progress);
        var now = time.GetUtcNow();
        commitment.Status = status;
        commitment.Progress = progress;
        commitment.LastNote = string.IsNullOrWhiteSpace(update.Note) ? commitment.LastNote : update.Note.Trim();
        commitment.UpdatedAt = now;
        var entry = new TimelineEntryRow
        {
            Id = Guid.CreateVersion7(), BodyId = commitment.BodyId, CommitmentId = commitment.Id, At = now, Date = TimeZones.Today(time, timeZoneId),
            Status = status, Progress = progress, Note = string.IsNullOrWhiteSpace(update.Note) ? null : update.Note.Trim(),
            Source = source, Actor = actor, RequestId = requestId,
        };
        session.FollowUp.Timeline.Add(entry);
        return entry;
    }
}
