using System.Globalization;
using System.Text;
using Review4U.Documents.Questionnaires;
using Review4U.Documents.Submissions;

namespace Review4U.Documents.Tests.Support;

/// <summary>A deterministic, realistic-sized submission: questions × organisations answers.</summary>
public static class LargeSubmission
{
    private static readonly string[] Areas = ["untoc-implementation", "government-coordination", "trafficking-in-persons", "smuggling-of-migrants", "firearms", "drugs-corruption", "emerging-crimes"];
    private static readonly string[] Instruments = ["convention", "tip-protocol", "som-protocol", "firearms-protocol"];
    private static readonly string[] Clusters = ["I", "II", "III", "IV"];

    public static SubmissionModel Create(int questions, int answers, string language = "en")
    {
        var questionnaire = Questionnaire(questions);
        var organisations = Math.Max(1, answers / questions);
        var participants = Enumerable.Range(0, organisations)
            .Select(i => new SubmissionParticipant(
                Id(i),
                string.Create(CultureInfo.InvariantCulture, $"Member organisation {i:D4}"),
                [], // untagged questions reach everyone: every organisation answers every question
                i % 17 == 5 ? ParticipationStatus.Declined : ParticipationStatus.Answered,
                i % 17 == 5 ? "No capacity" : null))
            .ToList();
        var all = questionnaire.AllQuestions.ToList();
        var contributions = new List<SubmissionContribution>(answers);
        for (var index = 0; index < answers; index++)
        {
            var question = all[index % all.Count];
            var organisation = Id(index / all.Count % organisations);
            contributions.Add(question.Type switch
            {
                QuestionType.YesNoPartially => new(question.Id, organisation, Text(index, 2), [YesNoPartially.All[index % 3]], []),
                QuestionType.MultipleChoice => new(question.Id, organisation, Text(index, 1), [question.Options[index % 2].Id, question.Options[2].Id], []),
                QuestionType.FileUpload => new(question.Id, organisation, null, [], [new(string.Create(CultureInfo.InvariantCulture, $"evidence-{index}.pdf"), 10_000 + index)]),
                _ => new(question.Id, organisation, Text(index, 4), [], []),
            });
        }

        return new SubmissionModel("NET4U Africa", "Regional contribution, cluster I–IV", questionnaire, language, AttributionMode.Anonymised, participants, contributions, new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero));
    }

    private static Questionnaire Questionnaire(int questions)
    {
        const int perSection = 25;
        var sections = Enumerable.Range(0, (questions + perSection - 1) / perSection).Select(s => new QuestionnaireSection(
            string.Create(CultureInfo.InvariantCulture, $"section-{s}"),
            Clusters[s % 4],
            Instruments[s / 4 % 4],
            LocalizedText.EnglishOnly(string.Create(CultureInfo.InvariantCulture, $"Section {s}")),
            Enumerable.Range(s * perSection, Math.Min(perSection, questions - (s * perSection))).Select(Question).ToList())).ToList();
        return new Questionnaire("large", 1, LocalizedText.EnglishOnly("Large questionnaire"), sections);
    }

    private static Question Question(int index)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"q-{index:D3}");
        var text = LocalizedText.EnglishOnly(string.Create(CultureInfo.InvariantCulture, $"Question {index}: how is article {index % 41 + 1} implemented in practice, and what gaps do you see?"));
        return (index % 5) switch
        {
            1 => new Question(id, QuestionType.YesNoPartially, text, null, [], [Areas[index % Areas.Length]]),
            2 => new Question(id, QuestionType.MultipleChoice, text, null, [Option("a"), Option("b"), Option("c")], []),
            3 when index % 10 == 3 => new Question(id, QuestionType.FileUpload, text, null, [], []),
            _ => new Question(id, QuestionType.LongText, text, null, [], []),
        };
    }

    private static QuestionOption Option(string id) => new(id, LocalizedText.EnglishOnly("Option " + id));

    private static string Text(int seed, int sentences)
    {
        var builder = new StringBuilder();
        for (var sentence = 0; sentence < sentences; sentence++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"Observation {seed}-{sentence}: the authorities have taken some steps, but victims and community organisations report delays, limited resources and uneven application across regions. ");
            if (sentence == 1)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    private static Guid Id(int index) => new(index, 0x4000, 0x0800, [0x80, 0, 0, 0, 0, 0, 0, 1]);
}
