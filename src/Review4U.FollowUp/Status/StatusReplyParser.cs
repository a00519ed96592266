using System.Globalization;
using System.Text.RegularExpressions;
using Review4U.FollowUp.Model;

namespace Review4U.FollowUp.Status;

/// <summary>
/// Reads a status from an email reply: a line <c>status: at risk</c> (or <c>statut :</c>, <c>estado:</c>,
/// <c>الحالة:</c>), else the status words the reply starts with ("Done, the law passed"); a line
/// <c>progress: 60%</c> sets the progress; everything else is the note. Status words are accepted in
/// English, French, Spanish and Arabic (the languages of the request emails).
/// </summary>
public static partial class StatusReplyParser
{
    private static readonly (string Words, string Code)[] Words =
    [
        ("not started", CommitmentStatuses.NotStarted), ("on track", CommitmentStatuses.OnTrack), ("at risk", CommitmentStatuses.AtRisk),
        ("done", CommitmentStatuses.Done), ("blocked", CommitmentStatuses.Blocked),
        ("pas commencé", CommitmentStatuses.NotStarted), ("en bonne voie", CommitmentStatuses.OnTrack), ("à risque", CommitmentStatuses.AtRisk),
        ("réalisé", CommitmentStatuses.Done), ("terminé", CommitmentStatuses.Done), ("bloqué", CommitmentStatuses.Blocked),
        ("no iniciado", CommitmentStatuses.NotStarted), ("en curso", CommitmentStatuses.OnTrack), ("en riesgo", CommitmentStatuses.AtRisk),
        ("cumplido", CommitmentStatuses.Done), ("terminado", CommitmentStatuses.Done), ("bloqueado", CommitmentStatuses.Blocked),
        ("لم يبدأ", CommitmentStatuses.NotStarted), ("يسير وفق الخطة", CommitmentStatuses.OnTrack), ("معرّض للخطر", CommitmentStatuses.AtRisk),
        ("معرض للخطر", CommitmentStatuses.AtRisk), ("منجز", CommitmentStatuses.Done), ("متعثر", CommitmentStatuses.Blocked),
        ("on-track", CommitmentStatuses.OnTrack), ("at-risk", CommitmentStatuses.AtRisk), ("not-started", CommitmentStatuses.NotStarted),
    ];

    /// <summary>The update the reply expresses, or null when it names no status.</summary>
    public static StatusUpdate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string? status = null;
        int? progress = null;
        var note = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var labelled = LabelPattern().Match(line);
            if (labelled.Success)
            {
                var label = labelled.Groups["label"].Value.ToLowerInvariant();
                var value = labelled.Groups["value"].Value.Trim();
                if (label is "progress" or "progrès" or "avancement" or "avance" or "progreso" or "التقدم")
                {
                    progress = Percent(value) ?? progress;
                    continue;
                }

                if (StartsWithStatus(value) is { } code)
                {
                    status = code.Code;
                    AddNote(note, value[code.Length..]);
                    continue;
                }
            }

            note.Add(line);
        }

        if (status is null)
        {
            var first = note.FindIndex(l => l.Length > 0);
            if (first < 0 || StartsWithStatus(note[first]) is not { } leading)
            {
                return null;
            }

            status = leading.Code;
            var rest = note[first][leading.Length..];
            note.RemoveAt(first);
            if (PercentPattern().Match(rest) is { Success: true } inline && progress is null)
            {
                progress = Percent(inline.Value);
                rest = rest.Remove(inline.Index, inline.Length);
            }

            note.Insert(first, TrimPunctuation(rest));
        }

        var remaining = string.Join('\n', note).Trim();
        return new StatusUpdate(status, progress, remaining.Length == 0 ? null : remaining);
    }

    private static (string Code, int Length)? StartsWithStatus(string value)
    {
        foreach (var (words, code) in Words)
        {
            if (value.StartsWith(words, StringComparison.OrdinalIgnoreCase)
                && (value.Length == words.Length || !char.IsLetter(value[words.Length])))
            {
                return (code, words.Length);
            }
        }

        return null;
    }

    private static void AddNote(List<string> note, string rest)
    {
        var trimmed = TrimPunctuation(rest);
        if (trimmed.Length > 0)
        {
            note.Add(trimmed);
        }
    }

    private static string TrimPunctuation(string value) => value.TrimStart(' ', '\t', '.', ',', ';', ':', '-', '–', '—', '،').Trim();

    private static int? Percent(string value)
    {
        var match = NumberPattern().Match(value);
        return match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [GeneratedRegex(@"^(?<label>status|statut|estado|الحالة|progress|progrès|avancement|avance|progreso|التقدم)\s*[:：]\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"\b\d{1,3}\s*%")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex NumberPattern();
}
