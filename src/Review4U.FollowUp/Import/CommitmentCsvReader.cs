using System.Globalization;
using CsvHelper;
using Review4U.Data.Members;

namespace Review4U.FollowUp.Import;

/// <summary>
/// Reads the CSV form (docs/vpi-import.md): a header row, then one row per commitment or child item (a child names
/// its parent's key in <c>parent</c>); <c>indicators</c> holds <c>name|baseline|target</c> entries separated by <c>;</c>.
/// </summary>
public static class CommitmentCsvReader
{
    public static IReadOnlyList<string> Columns { get; } = ["key", "parent", "title", "description", "owner", "due", "area", "indicators"];

    private static readonly string[] Required = ["key", "title", "owner", "due"];

    public static SourceCommitments Read(string fileName, TextReader text)
    {
        var problems = new List<ImportProblem>();
        var commitments = new List<SourceCommitment>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => problems.Add(new ImportProblem(fileName, (int)record.LineNumber, "row", "malformed row (" + record.Reason + ")")),
        };

        using var reader = CsvReader.Create(text, options, leaveOpen: true);
        var header = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            return new SourceCommitments([], [new ImportProblem(fileName, 1, "header", "the file is empty; expected a header row")]);
        }

        foreach (var unknown in header.Where(h => !Columns.Contains(h)).Distinct())
        {
            problems.Add(new ImportProblem(fileName, 1, "header", $"unknown column \"{unknown}\" (expected {string.Join(", ", Columns)})"));
        }

        foreach (var missing in Required.Where(r => !header.Contains(r)))
        {
            problems.Add(new ImportProblem(fileName, 1, "header", $"missing column \"{missing}\""));
        }

        if (problems.Count > 0)
        {
            return new SourceCommitments([], problems);
        }

        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var record = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray();
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                problems.Add(new ImportProblem(fileName, line, "row", string.Create(CultureInfo.InvariantCulture, $"has {record.Length} cells but the header has {header.Length}")));
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                cells[header[i]] = SpreadsheetSafety.Restore(record[i].Trim());
            }

            SourceField Field(string column) => new(column, line, cells.GetValueOrDefault(column, ""));
            commitments.Add(new SourceCommitment(
                line, Field("key"), Field("parent"), Field("title"), Field("description"), Field("owner"), Field("due"), Field("area"),
                Indicators(fileName, line, cells.GetValueOrDefault("indicators", ""), problems)));
        }

        return new SourceCommitments(commitments, problems);
    }

    private static List<SourceIndicator> Indicators(string fileName, int line, string cell, List<ImportProblem> problems)
    {
        var result = new List<SourceIndicator>();
        foreach (var entry in cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length > 3)
            {
                problems.Add(new ImportProblem(fileName, line, "indicators", $"\"{entry}\": expected name|baseline|target"));
                continue;
            }

            string? At(int i) => parts.Length > i && parts[i].Length > 0 ? parts[i] : null;
            result.Add(new SourceIndicator(line, parts[0], At(1), At(2)));
        }

        return result;
    }
}
