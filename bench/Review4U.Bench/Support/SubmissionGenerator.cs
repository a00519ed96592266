using System.Globalization;
using System.Text;
using Review4U.Documents.Questionnaires;
using Review4U.Documents.Submissions;

namespace Review4U.Bench.Support;

/// <summary>
/// A deterministic submission of long-text answers: 200 questions in sections of 25 across the four clusters, every
/// organisation answering every question, prose varied enough that DOCX compression behaves as on real text.
/// </summary>
public static class SubmissionGenerator
{
    private const int PerSection = 25;
    private static readonly string[] Clusters = ["I", "II", "III", "IV"];
    private static readonly string[] Instruments = ["convention", "tip-protocol", "som-protocol", "firearms-protocol"];
    private static readonly string[] Vocabulary =
    [
        "prosecutors", "shelters", "referral", "border", "officials", "training", "victims", "confiscation", "witness", "budget",
        "county", "cooperation", "platforms", "labour", "inspections", "licences", "smuggling", "youth", "delays", "evidence",
        "adopted", "lacked", "reported", "funded", "improved", "across", "despite", "without", "regional", "national",
    ];

    public static SubmissionModel Create(int questions, int answers)
    {
        var sections = Enumerable.Range(0, (questions + PerSection - 1) / PerSection).Select(s => new QuestionnaireSection(
            Text($"section-{s}"), Clusters[s % 4], Instruments[s / 4 % 4], LocalizedText.EnglishOnly(Text($"Section {s}")),
            Enumerable.Range(s * PerSection, Math.Min(PerSection, questions - (s * PerSection))).Select(QuestionAt).ToList())).ToList();
        var questionnaire = new Questionnaire("bench", 1, LocalizedText.EnglishOnly("Benchmark questionnaire"), sections);
        var organisations = Math.Max(1, answers / questions);
        var participants = Enumerable.Range(0, organisations)
            .Select(i => new SubmissionParticipant(Organisation(i), Text($"Organisation {i:D5}"), [], ParticipationStatus.Answered)).ToList();
        var contributions = Enumerable.Range(0, answers)
            .Select(i => SubmissionContribution.FromText(Text($"q{i % questions:D3}"), Organisation(i / questions % organisations), Prose(i)))
            .ToList();
        return new SubmissionModel("NET4U Africa", "Benchmark round", questionnaire, "en", AttributionMode.Named, participants, contributions,
            new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    }

    /// <summary>Every answer's text, for the raw baseline that writes the same characters with no formatting.</summary>
    public static IEnumerable<string> Texts(SubmissionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Contributions.Select(c => c.Text ?? "");
    }

    private static Question QuestionAt(int index) => new(
        Text($"q{index:D3}"), QuestionType.LongText,
        LocalizedText.EnglishOnly(Text($"Question {index}: how is article {index % 41 + 1} applied in practice, and which gaps remain?")),
        null, [], []);

    private static string Prose(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var word = random.Next(60, 120); word > 0; word--)
        {
            text.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(word % 17 == 0 ? ". " : " ");
        }

        return text.ToString();
    }

    private static Guid Organisation(int index) => new(index, 0x4b1d, 0x4e00, [0x80, 0, 0, 0, 0, 0, 0, 2]);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
