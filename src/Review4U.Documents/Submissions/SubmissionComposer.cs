using ThematicAreas = Review4U.Domain.Vocabulary.ThematicAreas;
using System.Globalization;
using Review4U.Documents.Codes;
using Review4U.Documents.Questionnaires;
using Review4U.Documents.Rendering;

namespace Review4U.Documents.Submissions;

/// <summary>Walks a plan once, in the questionnaire's order, and feeds the blocks to a sink.</summary>
internal static class SubmissionComposer
{
    public static void Compose(SubmissionPlan plan, IDocumentSink sink)
    {
        var model = plan.Model;
        var text = plan.Text;
        sink.Begin(model.RoundTitle);
        TitlePage(plan, sink);
        sink.Contents(
            text.Contents,
            [
                .. plan.Sections.Select(section => ("section-" + section.Id, SectionHeading(section, model.Language, text))),
                ("participation", text.Participation),
                ("annex", text.Annex),
            ]);
        foreach (var section in plan.Sections)
        {
            sink.Heading(1, SectionHeading(section, model.Language, text), "section-" + section.Id);
            foreach (var question in section.Questions)
            {
                QuestionBlock(plan, sink, question);
            }
        }

        sink.PageBreak();
        Participation(plan, sink);
        Annex(plan, sink);
        sink.End();
    }

    public static string SectionHeading(QuestionnaireSection section, string language, SubmissionText text) =>
        $"{Format(text.Cluster, section.Cluster)} · {text.InstrumentNames[section.Instrument]}: {section.Title.Get(language)}";

    public static string QuestionHeading(Question question, string language) => $"{question.Id}. {question.Text.Get(language)}";

    private static void TitlePage(SubmissionPlan plan, IDocumentSink sink)
    {
        var model = plan.Model;
        var text = plan.Text;
        sink.Heading(0, model.RoundTitle);
        sink.Paragraph(model.BodyName, ParagraphKind.Subtitle);
        sink.Paragraph(Format(text.QuestionnaireLine, model.Questionnaire.Title.Get(model.Language), model.Questionnaire.Version));
        sink.Paragraph(Format(text.GeneratedOn, model.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        var answered = plan.Participants.Count(p => p.Status == ParticipationStatus.Answered);
        var declined = plan.Participants.Count(p => p.Status == ParticipationStatus.Declined);
        sink.Paragraph(Format(text.Summary, plan.Participants.Count, answered, declined, plan.Participants.Count - answered - declined));
        sink.Paragraph(model.Attribution == AttributionMode.Named ? text.NamedNote : text.AnonymisedNote, ParagraphKind.Note);
        sink.PageBreak();
    }

    private static void QuestionBlock(SubmissionPlan plan, IDocumentSink sink, Question question)
    {
        var language = plan.Model.Language;
        var text = plan.Text;
        sink.Heading(2, QuestionHeading(question, language), "question-" + question.Id);
        var contributions = plan.ContributionsTo(question.Id);
        if (contributions.Count == 0)
        {
            sink.Paragraph(text.NoContributions, ParagraphKind.Note);
            return;
        }

        if (question.Type is QuestionType.YesNoPartially or QuestionType.SingleChoice or QuestionType.MultipleChoice)
        {
            var tally = ChoiceCodes(question)
                .Select(code => (code, count: contributions.Count(c => c.Choices.Contains(code, StringComparer.Ordinal))))
                .Where(item => item.count > 0)
                .Select(item => $"{ChoiceName(question, item.code, language, text)} ({item.count.ToString(CultureInfo.InvariantCulture)})");
            sink.Paragraph(Format(text.Tally, string.Join("; ", tally)), ParagraphKind.Note);
        }

        foreach (var contribution in contributions)
        {
            sink.Paragraph(plan.DisplayName(contribution.OrganisationId), ParagraphKind.Attribution);
            if (contribution.Choices.Count > 0)
            {
                var names = contribution.Choices.Select(code => ChoiceName(question, code, language, text));
                sink.Paragraph(Format(text.Answer, string.Join("; ", names)), ParagraphKind.Quote);
            }

            foreach (var line in Lines(contribution.Text))
            {
                sink.Paragraph(line, ParagraphKind.Quote);
            }

            if (contribution.Attachments.Count > 0)
            {
                var files = contribution.Attachments.Select(a => $"{a.FileName} ({ByteSize.Format(a.SizeBytes)})");
                sink.Paragraph(Format(text.Attachments, string.Join(", ", files)), ParagraphKind.Quote);
            }
        }
    }

    private static void Participation(SubmissionPlan plan, IDocumentSink sink)
    {
        var text = plan.Text;
        var model = plan.Model;
        sink.Heading(1, text.Participation, "participation");
        var routed = plan.Participants.ToDictionary(
            p => p.OrganisationId,
            p => plan.Questions.Count(q => QuestionRouter.IsRoutedTo(q, p.ThematicAreas.ToHashSet(StringComparer.Ordinal))));
        sink.Table(
            text.ParticipationCaption,
            [text.Organisation, text.ThematicAreas, text.Status, text.QuestionsAsked, text.QuestionsAnswered],
            plan.Participants.Select(p => (IReadOnlyList<string>)
            [
                plan.DisplayName(p.OrganisationId),
                string.Join(", ", ThematicAreas.All.Where(p.ThematicAreas.Contains).Select(area => text.AreaNames[area])),
                Status(p, text),
                routed[p.OrganisationId].ToString(CultureInfo.InvariantCulture),
                plan.AnsweredCount(p.OrganisationId).ToString(CultureInfo.InvariantCulture),
            ]));

        sink.Heading(2, text.CoverageByArea);
        sink.Table(
            text.CoverageByArea,
            [text.ThematicArea, text.OrganisationsAsked, text.OrganisationsAnswered, text.Coverage],
            ThematicAreas.All.Select(area =>
            {
                var asked = plan.Participants.Where(p => p.ThematicAreas.Contains(area, StringComparer.Ordinal)).ToList();
                var answered = asked.Count(p => p.Status == ParticipationStatus.Answered);
                return (IReadOnlyList<string>)[text.AreaNames[area], Count(asked.Count), Count(answered), ByteSize.Percent(answered, asked.Count)];
            }));

        sink.Heading(2, text.CoverageByQuestion);
        var areasByParticipant = plan.Participants.Select(p => p.ThematicAreas.ToHashSet(StringComparer.Ordinal)).ToList();
        sink.Table(
            text.CoverageByQuestion,
            [text.Question, text.OrganisationsAsked, text.OrganisationsAnswered, text.Coverage],
            plan.Questions.Select(question =>
            {
                var asked = areasByParticipant.Count(areas => QuestionRouter.IsRoutedTo(question, areas));
                var answered = plan.ContributionsTo(question.Id).Select(c => c.OrganisationId).Distinct().Count();
                return (IReadOnlyList<string>)[QuestionHeading(question, model.Language), Count(asked), Count(answered), ByteSize.Percent(answered, asked)];
            }));
    }

    private static void Annex(SubmissionPlan plan, IDocumentSink sink)
    {
        var text = plan.Text;
        sink.Heading(1, text.Annex, "annex");
        var rows = plan.Questions
            .SelectMany(question => plan.ContributionsTo(question.Id)
                .SelectMany(c => c.Attachments.Select(a => (question, c.OrganisationId, attachment: a))))
            .ToList();
        if (rows.Count == 0)
        {
            sink.Paragraph(text.NoAttachments, ParagraphKind.Note);
            return;
        }

        sink.Table(
            text.AnnexCaption,
            [text.Number, text.Question, text.Organisation, text.File, text.Size],
            rows.Select((row, index) => (IReadOnlyList<string>)
            [
                Count(index + 1),
                row.question.Id,
                plan.DisplayName(row.OrganisationId),
                row.attachment.FileName,
                ByteSize.Format(row.attachment.SizeBytes),
            ]));
    }

    private static IEnumerable<string> ChoiceCodes(Question question) =>
        question.Type == QuestionType.YesNoPartially ? YesNoPartially.All : question.Options.Select(option => option.Id);

    private static string ChoiceName(Question question, string code, string language, SubmissionText text) =>
        question.Type == QuestionType.YesNoPartially
            ? text.YesNoPartially[code]
            : question.Options.First(option => option.Id == code).Text.Get(language);

    private static string Status(SubmissionParticipant participant, SubmissionText text) => participant.Status switch
    {
        ParticipationStatus.Answered => text.Answered,
        ParticipationStatus.Declined when !string.IsNullOrWhiteSpace(participant.DeclineReason) => $"{text.Declined}: {participant.DeclineReason}",
        ParticipationStatus.Declined => text.Declined,
        _ => text.NoResponse,
    };

    private static IEnumerable<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
