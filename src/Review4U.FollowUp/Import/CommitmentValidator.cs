using System.Globalization;
using System.Text.RegularExpressions;
using Review4U.Data.Members;
using Review4U.Domain.Vocabulary;
using Review4U.FollowUp.People;

namespace Review4U.FollowUp.Import;

/// <summary>Checks what a reader got against the rules and the body's members; every problem is collected.</summary>
internal static partial class CommitmentValidator
{
    public static (List<ValidatedCommitment> Valid, List<ImportProblem> Problems) Validate(
        string fileName, IReadOnlyList<SourceCommitment> source, IReadOnlyDictionary<string, Person> members, IReadOnlySet<string> existingKeys)
    {
        var problems = new List<ImportProblem>();
        var valid = new List<ValidatedCommitment>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        void Problem(SourceField field, string message) => problems.Add(new ImportProblem(fileName, field.Line, field.Column, message));

        var position = 0;
        foreach (var item in source)
        {
            position++;
            var ok = true;
            if (item.Key.IsEmpty)
            {
                Problem(item.Key, "required (a short key from the VPI report, e.g. P1 or P1.2)");
                ok = false;
            }
            else if (!KeyPattern().IsMatch(item.Key.Value))
            {
                Problem(item.Key, $"\"{item.Key.Value}\" is not a key: letters, digits, '.', '-' or '_', at most 40");
                ok = false;
            }
            else if (seen.TryGetValue(item.Key.Value, out var first))
            {
                Problem(item.Key, string.Create(CultureInfo.InvariantCulture, $"\"{item.Key.Value}\" is used twice (first on line {first})"));
                ok = false;
            }
            else
            {
                seen[item.Key.Value] = item.Key.Line;
            }

            if (!item.Parent.IsEmpty && !seen.ContainsKey(item.Parent.Value) && !existingKeys.Contains(item.Parent.Value))
            {
                Problem(item.Parent, $"\"{item.Parent.Value}\" is not a commitment above in this file nor an imported one");
                ok = false;
            }

            if (item.Parent.Value == item.Key.Value && !item.Key.IsEmpty)
            {
                Problem(item.Parent, "a commitment cannot be its own parent");
                ok = false;
            }

            if (item.Title.IsEmpty || item.Title.Value.Length > 300)
            {
                Problem(item.Title, item.Title.IsEmpty ? "required" : "longer than 300 characters");
                ok = false;
            }

            Person? owner = null;
            if (item.Owner.IsEmpty)
            {
                Problem(item.Owner, "required: the email of the owner, a contact of a member organisation");
                ok = false;
            }
            else if (!members.TryGetValue(item.Owner.Value.ToLowerInvariant(), out owner))
            {
                Problem(item.Owner, $"\"{item.Owner.Value}\" is not a contact of a member organisation of this body");
                ok = false;
            }

            if (!DateOnly.TryParseExact(item.Due.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                Problem(item.Due, item.Due.IsEmpty ? "required (yyyy-MM-dd)" : $"\"{item.Due.Value}\" is not a date (expected yyyy-MM-dd)");
                ok = false;
            }

            if (!item.Area.IsEmpty && !ThematicAreas.IsKnown(item.Area.Value))
            {
                Problem(item.Area, $"\"{item.Area.Value}\" is not a thematic area (expected one of {string.Join(", ", ThematicAreas.All)})");
                ok = false;
            }

            foreach (var indicator in item.Indicators.Where(i => string.IsNullOrWhiteSpace(i.Name)))
            {
                problems.Add(new ImportProblem(fileName, indicator.Line, "indicators", "an indicator needs a name"));
                ok = false;
            }

            if (ok)
            {
                valid.Add(new ValidatedCommitment(
                    item.Key.Value, item.Parent.IsEmpty ? null : item.Parent.Value, position, item.Title.Value,
                    item.Description.IsEmpty ? null : item.Description.Value, owner!, due, item.Area.IsEmpty ? null : item.Area.Value, item.Indicators));
            }
        }

        return (valid, problems);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex KeyPattern();
}
