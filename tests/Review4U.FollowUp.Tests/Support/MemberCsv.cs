using System.Text.RegularExpressions;
using Review4U.Domain.Members;

namespace Review4U.FollowUp.Tests.Support;

/// <summary>Reads Support/members.csv: key, name, areas (;), contacts ("Name &lt;email&gt; lang", |-separated).</summary>
public static partial class MemberCsv
{
    public static IReadOnlyList<MemberOrganisation> Read(string path) =>
        File.ReadAllLines(path).Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            var fields = line.Split(',');
            var organisation = MemberOrganisation.Create(fields[0], new OrganisationProfile(fields[1], OrganisationType.Ngo, "KE", fields[2].Split(';'), ["advocacy"]));
            var position = 1;
            foreach (var contact in fields[3].Split('|'))
            {
                var match = ContactPattern().Match(contact);
                organisation.UpsertContact(new ContactDetails(match.Groups[1].Value.Trim(), match.Groups[2].Value, match.Groups[3].Value, null), position++);
            }

            return organisation;
        }).ToList();

    [GeneratedRegex(@"^(.+)<(.+)>\s+(\w+)$")]
    private static partial Regex ContactPattern();
}
