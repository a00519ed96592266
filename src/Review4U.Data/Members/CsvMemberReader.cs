using System.Globalization;
using CsvHelper;

namespace Review4U.Data.Members;

/// <summary>
/// Reads a members CSV: a header row, then one row per organisation with its contacts in column groups
/// <c>contact1_*</c>, <c>contact2_*</c>… Every problem found is collected; nothing stops at the first one.
/// </summary>
public static class CsvMemberReader
{
    private static readonly char[] ListSeparators = [';', ','];

    public static SourceDocument Read(string fileName, TextReader text)
    {
        var problems = new List<ImportProblem>();
        var organisations = new List<SourceOrganisation>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => problems.Add(new ImportProblem(fileName, (int)record.LineNumber, "row", Describe(record.Reason))),
        };

        using var reader = CsvReader.Create(text, options, leaveOpen: true);
        // Spreadsheets often save empty trailing columns: an unnamed column at the end is no column.
        var header = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).Reverse().SkipWhile(h => h.Length == 0).Reverse().ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            return new SourceDocument([], [new ImportProblem(fileName, 1, "header", "the file is empty; expected a header row")]);
        }

        if (header.Length == 1 && header[0].Contains(';', StringComparison.Ordinal))
        {
            return new SourceDocument([], [new ImportProblem(fileName, 1, "header",
                "the columns are separated by ';'; save the file as CSV with commas (e.g. \"CSV UTF-8 (comma delimited)\")")]);
        }

        var headerProblems = CheckHeader(fileName, header);
        if (headerProblems.Count > 0)
        {
            return new SourceDocument([], headerProblems);
        }

        var groups = header.Select(MemberColumns.ContactGroupOf).OfType<int>().Distinct().Order().ToList();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var record = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray();
            if (record.Length > header.Length && record.Skip(header.Length).All(string.IsNullOrWhiteSpace))
            {
                record = record[..header.Length];
            }

            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                problems.Add(new ImportProblem(fileName, line, "row", string.Create(CultureInfo.InvariantCulture,
                    $"has {record.Length} cells but the header has {header.Length}")));
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                cells[header[i]] = SpreadsheetSafety.Restore(record[i].Trim());
            }

            organisations.Add(ToOrganisation(cells, line, groups));
        }

        return new SourceDocument(organisations, problems);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote (\") inside a cell that is not quoted; quote the whole cell and double the inner quote",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote; quote the whole cell and double inner quotes",
        CsvMalformedReason.UnterminatedQuote => "a quoted cell is never closed",
        _ => "malformed row (" + reason + ")",
    };

    private static List<ImportProblem> CheckHeader(string fileName, string[] header)
    {
        var problems = new List<ImportProblem>();
        foreach (var duplicate in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new ImportProblem(fileName, 1, "header", $"column \"{duplicate.Key}\" appears more than once"));
        }

        foreach (var unknown in header.Where(h => !MemberColumns.Organisation.Contains(h) && MemberColumns.ContactGroupOf(h) is null).Distinct())
        {
            problems.Add(new ImportProblem(fileName, 1, "header",
                $"unknown column \"{unknown}\" (expected {string.Join(", ", MemberColumns.Organisation)} and contactN_name, contactN_email, contactN_language, contactN_gender)"));
        }

        foreach (var missing in MemberColumns.Required.Where(r => !header.Contains(r)))
        {
            problems.Add(new ImportProblem(fileName, 1, "header", $"missing column \"{missing}\""));
        }

        return problems;
    }

    private static SourceOrganisation ToOrganisation(Dictionary<string, string> cells, int line, List<int> groups)
    {
        SourceField Field(string column) => new(column, line, cells.GetValueOrDefault(column, ""));
        SourceList List(string column) => new(column, line,
            cells.GetValueOrDefault(column, "").Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

        var contacts = groups
            .Select(n => new SourceContact(
                Field(MemberColumns.Contact(n, "name")), Field(MemberColumns.Contact(n, "email")),
                Field(MemberColumns.Contact(n, "language")), Field(MemberColumns.Contact(n, "gender"))))
            .Where(c => !(c.Name.IsEmpty && c.Email.IsEmpty && c.Language.IsEmpty && c.Gender.IsEmpty))
            .ToList();
        return new SourceOrganisation(
            line, Field(MemberColumns.Key), Field(MemberColumns.Name), Field(MemberColumns.Type), Field(MemberColumns.Country),
            List(MemberColumns.ThematicAreas), List(MemberColumns.Services), MemberColumns.ContactEmail(1), contacts);
    }
}
