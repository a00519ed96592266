using System.Globalization;
using Review4U.Documents.Codes;
using Review4U.Documents.Rendering;

namespace Review4U.Documents.Progress;

internal static class ProgressReportComposer
{
    public static void Validate(ProgressReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var errors = new List<string>();
        if (!Languages.IsKnown(model.Language))
        {
            errors.Add($"language '{model.Language}' is not supported (expected one of: {string.Join(", ", Languages.All)})");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var commitment in Flatten(model.Commitments))
        {
            if (!ids.Add(commitment.Id))
            {
                errors.Add($"commitment id '{commitment.Id}' is used twice");
            }

            if (commitment.ProgressPercent is < 0 or > 100)
            {
                errors.Add($"commitment '{commitment.Id}': progress must be between 0 and 100, not {commitment.ProgressPercent}");
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid progress report model:" + Environment.NewLine + string.Join(Environment.NewLine, errors), nameof(model));
        }
    }

    public static void Compose(ProgressReportModel model, IDocumentSink sink)
    {
        var text = ProgressText.For(model.Language);
        sink.Begin(model.Title);
        sink.Heading(0, model.Title);
        sink.Paragraph(model.BodyName, ParagraphKind.Subtitle);
        sink.Paragraph(Format(text.Period, model.Period));
        sink.Paragraph(Format(text.AsOf, Date(model.AsOf)));
        sink.Paragraph(Format(text.GeneratedOn, model.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)), ParagraphKind.Note);

        sink.Heading(1, text.Summary);
        var top = model.Commitments;
        sink.Table(
            text.SummaryCaption,
            [text.Status, text.Commitments, text.Share],
            SummaryStatuses(top).Select(status =>
            {
                var count = top.Count(c => c.Status == status);
                return (IReadOnlyList<string>)[text.Statuses[status], Count(count), ByteSize.Percent(count, top.Count)];
            }));
        var overall = top.Count == 0 ? 0 : (int)Math.Round(top.Average(c => c.ProgressPercent), MidpointRounding.AwayFromZero);
        sink.Paragraph(Format(text.OverallProgress, Count(overall) + "%"));

        sink.Heading(2, text.Attention);
        var attention = Flatten(top).Where(c => NeedsAttention(c, model.AsOf)).ToList();
        if (attention.Count == 0)
        {
            sink.Paragraph(text.NothingNeedsAttention, ParagraphKind.Note);
        }

        foreach (var commitment in attention)
        {
            sink.Paragraph($"{commitment.Id}. {commitment.Title}: {StatusLabel(commitment, model.AsOf, text)}");
        }

        sink.PageBreak();
        sink.Heading(1, text.Details);
        foreach (var commitment in top)
        {
            CommitmentBlock(commitment, 2, model.AsOf, text, sink);
        }

        sink.End();
    }

    private static void CommitmentBlock(Commitment commitment, int level, DateOnly asOf, ProgressText text, IDocumentSink sink)
    {
        sink.Heading(level, $"{commitment.Id}. {commitment.Title}");
        sink.Paragraph(Format(text.Facts, commitment.Owner, Date(commitment.DueDate), StatusLabel(commitment, asOf, text), Count(commitment.ProgressPercent) + "%"));
        if (!string.IsNullOrWhiteSpace(commitment.Note))
        {
            sink.Paragraph(commitment.Note, ParagraphKind.Quote);
        }

        if (commitment.Indicators.Count > 0)
        {
            sink.Table(
                Format(text.Indicators, commitment.Id),
                [text.Indicator, text.Baseline, text.Target, text.Current],
                commitment.Indicators.Select(i => (IReadOnlyList<string>)[i.Name, i.Baseline ?? "–", i.Target ?? "–", i.Current ?? "–"]));
        }

        if (commitment.Timeline.Count > 0)
        {
            sink.Paragraph(text.Timeline, ParagraphKind.Attribution);
            foreach (var entry in commitment.Timeline.OrderBy(e => e.Date))
            {
                sink.Paragraph($"{Date(entry.Date)}: {entry.Text}", ParagraphKind.Quote);
            }
        }

        foreach (var child in commitment.Children ?? [])
        {
            CommitmentBlock(child, Math.Min(level + 1, 3), asOf, text, sink);
        }
    }

    // "Not started" is listed first, and only when a commitment has it, so reports without it read as before.
    private static IEnumerable<CommitmentStatus> SummaryStatuses(IReadOnlyList<Commitment> top) =>
        top.Any(c => c.Status == CommitmentStatus.NotStarted)
            ? Enum.GetValues<CommitmentStatus>().OrderBy(s => s != CommitmentStatus.NotStarted)
            : Enum.GetValues<CommitmentStatus>().Where(s => s != CommitmentStatus.NotStarted);

    private static bool NeedsAttention(Commitment commitment, DateOnly asOf) =>
        commitment.Status is CommitmentStatus.AtRisk or CommitmentStatus.Blocked || IsOverdue(commitment, asOf);

    private static bool IsOverdue(Commitment commitment, DateOnly asOf) =>
        commitment.Status != CommitmentStatus.Done && commitment.DueDate < asOf;

    private static string StatusLabel(Commitment commitment, DateOnly asOf, ProgressText text) =>
        IsOverdue(commitment, asOf) ? $"{text.Statuses[commitment.Status]} ({text.Overdue})" : text.Statuses[commitment.Status];

    private static IEnumerable<Commitment> Flatten(IEnumerable<Commitment> commitments) =>
        commitments.SelectMany(c => new[] { c }.Concat(Flatten(c.Children ?? [])));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
