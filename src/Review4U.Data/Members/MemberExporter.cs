using System.Text;
using CsvHelper;
using Review4U.Domain.Members;

namespace Review4U.Data.Members;

/// <summary>
/// Writes a body's members as the CSV that <see cref="MemberImporter"/> reads: same columns, the key always
/// filled in, cells that could run as spreadsheet formulas prefixed with <c>'</c> (see <see cref="SpreadsheetSafety"/>).
/// </summary>
public sealed class MemberExporter(BodyStore bodies)
{
    public async Task<int> ExportCsvAsync(string bodyCode, TextWriter output, CancellationToken ct)
    {
        var body = await bodies.GetAsync(bodyCode, ct);
        var members = await bodies.MembersAsync(body.Id, ct);
        WriteCsv(members, output);
        return members.Count;
    }

    public static void WriteCsv(IReadOnlyList<MemberOrganisation> members, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(members);
        var groups = Math.Max(1, members.Count == 0 ? 1 : members.Max(m => m.Contacts.Count));
        var header = MemberColumns.Organisation
            .Concat(Enumerable.Range(1, groups).SelectMany(n => MemberColumns.ContactFields.Select(f => MemberColumns.Contact(n, f))))
            .ToArray();
        var options = CsvWriterOptions.Default with { NewLine = "\n" };
        using var writer = CsvWriter.Create(output, options, leaveOpen: true);
        writer.WriteRecord(header);
        foreach (var organisation in members)
        {
            var cells = new List<string>
            {
                organisation.Key, organisation.Name, OrganisationTypes.ToCode(organisation.Type), organisation.Country,
                string.Join(';', organisation.ThematicAreas), string.Join(';', organisation.Services),
            };
            foreach (var contact in organisation.Contacts.OrderBy(c => c.Position))
            {
                cells.AddRange([contact.Name, contact.Email, contact.PreferredLanguage, Genders.ToCode(contact.Gender)]);
            }

            while (cells.Count < header.Length)
            {
                cells.Add("");
            }

            writer.WriteRecord(cells.Select(SpreadsheetSafety.Neutralise).ToArray());
        }

        writer.Flush();
    }

    /// <summary>The export as a string, for tests and small bodies.</summary>
    public static string ToCsv(IReadOnlyList<MemberOrganisation> members)
    {
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
        {
            WriteCsv(members, writer);
        }

        return builder.ToString();
    }
}
