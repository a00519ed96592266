using ThematicAreas = Review4U.Domain.Vocabulary.ThematicAreas;
using Review4U.Documents.Codes;
using Review4U.Documents.Questionnaires;

namespace Review4U.Documents.Submissions;

/// <summary>
/// The validated, indexed form of a <see cref="SubmissionModel"/>: who is shown how, in which order, and
/// which contributions belong to each question. Built before a single byte is written, so bad input
/// fails with every problem listed and leaves the output untouched.
/// </summary>
internal sealed class SubmissionPlan
{
    private readonly Dictionary<Guid, string> _display = [];
    private readonly Dictionary<Guid, int> _order = [];
    private readonly Dictionary<string, List<SubmissionContribution>> _byQuestion = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, HashSet<string>> _answeredBy = [];

    private SubmissionPlan(SubmissionModel model)
    {
        Model = model;
        Text = SubmissionText.For(model.Language);
        Sections = model.Questionnaire.Sections
            .Where(section => model.SectionIds is null || model.SectionIds.Contains(section.Id))
            .ToList();
    }

    public SubmissionModel Model { get; }

    public SubmissionText Text { get; }

    public IReadOnlyList<QuestionnaireSection> Sections { get; }

    public IReadOnlyList<SubmissionParticipant> Participants { get; private set; } = [];

    public string DisplayName(Guid organisationId) => _display[organisationId];

    public IReadOnlyList<SubmissionContribution> ContributionsTo(string questionId) =>
        _byQuestion.TryGetValue(questionId, out var list) ? list : [];

    public int AnsweredCount(Guid organisationId) =>
        _answeredBy.TryGetValue(organisationId, out var questions) ? questions.Count : 0;

    public IEnumerable<Question> Questions => Sections.SelectMany(section => section.Questions);

    public static SubmissionPlan Build(SubmissionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plan = new SubmissionPlan(model);
        var errors = new List<string>();
        plan.CheckHeader(errors);
        plan.IndexParticipants(errors);
        plan.IndexContributions(errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid submission model:" + Environment.NewLine + string.Join(Environment.NewLine, errors), nameof(model));
        }

        return plan;
    }

    private void CheckHeader(List<string> errors)
    {
        if (!Languages.IsKnown(Model.Language))
        {
            errors.Add($"language '{Model.Language}' is not supported (expected one of: {string.Join(", ", Languages.All)})");
        }

        foreach (var id in Model.SectionIds ?? [])
        {
            if (Model.Questionnaire.Sections.All(section => section.Id != id))
            {
                errors.Add($"questionnaire '{Model.Questionnaire.Id}' has no section '{id}'");
            }
        }
    }

    private void IndexParticipants(List<string> errors)
    {
        // Named: alphabetical. Anonymised: by organisation id, so letters do not follow names and stay
        // the same when answers change.
        var ordered = Model.Attribution == AttributionMode.Named
            ? Model.Participants.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.OrganisationId)
            : Model.Participants.OrderBy(p => p.OrganisationId.ToString("D"), StringComparer.Ordinal);
        Participants = ordered.ToList();
        foreach (var participant in Participants)
        {
            if (!_order.TryAdd(participant.OrganisationId, _order.Count))
            {
                errors.Add($"organisation {participant.OrganisationId} is listed twice among the participants");
                continue;
            }

            _display[participant.OrganisationId] = Model.Attribution == AttributionMode.Named
                ? participant.Name
                : string.Format(System.Globalization.CultureInfo.InvariantCulture, Text.AnonymousOrganisation, Letters(_order[participant.OrganisationId]));
            foreach (var area in participant.ThematicAreas.Where(area => !ThematicAreas.IsKnown(area)))
            {
                errors.Add($"organisation '{participant.Name}' has unknown thematic area '{area}'");
            }
        }
    }

    private void IndexContributions(List<string> errors)
    {
        var questions = Questions.ToDictionary(question => question.Id, StringComparer.Ordinal);
        for (var index = 0; index < Model.Contributions.Count; index++)
        {
            var contribution = Model.Contributions[index];
            var where = $"contribution #{index + 1} (question '{contribution.QuestionId}', organisation {contribution.OrganisationId})";
            if (!questions.TryGetValue(contribution.QuestionId, out var question))
            {
                errors.Add($"{where}: the question is not in the compiled sections of questionnaire '{Model.Questionnaire.Id}'");
                continue;
            }

            if (!_order.ContainsKey(contribution.OrganisationId))
            {
                errors.Add($"{where}: the organisation is not among the participants");
                continue;
            }

            if (ContributionRules.Check(question, contribution) is { } problem)
            {
                errors.Add($"{where}: {problem}");
                continue;
            }

            if (!_byQuestion.TryGetValue(question.Id, out var list))
            {
                _byQuestion[question.Id] = list = [];
            }

            list.Add(contribution);
            if (!_answeredBy.TryGetValue(contribution.OrganisationId, out var answered))
            {
                _answeredBy[contribution.OrganisationId] = answered = new HashSet<string>(StringComparer.Ordinal);
            }

            answered.Add(question.Id);
        }

        foreach (var list in _byQuestion.Values)
        {
            // List.Sort is unstable; the original index keeps two answers of one organisation in input order.
            var sorted = list.Select((contribution, position) => (contribution, position))
                .OrderBy(item => _order[item.contribution.OrganisationId])
                .ThenBy(item => item.position)
                .Select(item => item.contribution)
                .ToList();
            list.Clear();
            list.AddRange(sorted);
        }
    }

    /// <summary>0 → A, 25 → Z, 26 → AA, … like spreadsheet columns.</summary>
    public static string Letters(int index)
    {
        var letters = string.Empty;
        for (var value = index + 1; value > 0; value = (value - 1) / 26)
        {
            letters = (char)('A' + ((value - 1) % 26)) + letters;
        }

        return letters;
    }
}
