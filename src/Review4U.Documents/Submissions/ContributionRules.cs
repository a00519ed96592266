using Review4U.Documents.Questionnaires;

namespace Review4U.Documents.Submissions;

/// <summary>Which choices and attachments a contribution may carry for its question's type.</summary>
internal static class ContributionRules
{
    public static string? Check(Question question, SubmissionContribution contribution)
    {
        var choices = contribution.Choices;
        var attachmentProblem = contribution.Attachments
            .Where(attachment => string.IsNullOrWhiteSpace(attachment.FileName) || attachment.SizeBytes < 0)
            .Select(attachment => $"attachment '{attachment.FileName}' needs a file name and a size of zero or more bytes")
            .FirstOrDefault();
        if (attachmentProblem is not null)
        {
            return attachmentProblem;
        }

        switch (question.Type)
        {
            case QuestionType.YesNoPartially:
                return choices.Count > 1 || choices.Any(choice => !YesNoPartially.All.Contains(choice, StringComparer.Ordinal))
                    ? $"a yes-no-partially answer is one of {string.Join(", ", YesNoPartially.All)}, not '{string.Join(", ", choices)}'"
                    : null;
            case QuestionType.SingleChoice when choices.Count > 1:
                return "a single-choice answer has at most one choice";
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                var unknown = choices.Where(choice => question.Options.All(option => option.Id != choice)).ToList();
                return unknown.Count > 0
                    ? $"unknown option(s) {string.Join(", ", unknown.Select(choice => $"'{choice}'"))} (expected: {string.Join(", ", question.Options.Select(option => option.Id))})"
                    : null;
            default:
                return choices.Count > 0 ? $"a {QuestionTypes.ToCode(question.Type)} question takes no choices" : null;
        }
    }
}
