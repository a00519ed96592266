using Review4U.Documents.Codes;

namespace Review4U.Documents.Submissions;

/// <summary>The fixed wording of a compiled submission in one language (composite formats use {0}, {1}, …).</summary>
internal sealed record SubmissionText
{
    public required string GeneratedOn { get; init; }
    public required string Contents { get; init; }
    public required string QuestionnaireLine { get; init; }
    public required string NamedNote { get; init; }
    public required string AnonymisedNote { get; init; }
    public required string Summary { get; init; }
    public required string Cluster { get; init; }
    public required IReadOnlyDictionary<string, string> InstrumentNames { get; init; }
    public required IReadOnlyDictionary<string, string> AreaNames { get; init; }
    public required IReadOnlyDictionary<string, string> YesNoPartially { get; init; }
    public required string NoContributions { get; init; }
    public required string Tally { get; init; }
    public required string Answer { get; init; }
    public required string Attachments { get; init; }
    public required string AnonymousOrganisation { get; init; }
    public required string Organisation { get; init; }
    public required string Participation { get; init; }
    public required string ParticipationCaption { get; init; }
    public required string ThematicAreas { get; init; }
    public required string Status { get; init; }
    public required string QuestionsAsked { get; init; }
    public required string QuestionsAnswered { get; init; }
    public required string Answered { get; init; }
    public required string Declined { get; init; }
    public required string NoResponse { get; init; }
    public required string CoverageByArea { get; init; }
    public required string CoverageByQuestion { get; init; }
    public required string ThematicArea { get; init; }
    public required string Question { get; init; }
    public required string OrganisationsAsked { get; init; }
    public required string OrganisationsAnswered { get; init; }
    public required string Coverage { get; init; }
    public required string Annex { get; init; }
    public required string AnnexCaption { get; init; }
    public required string Number { get; init; }
    public required string File { get; init; }
    public required string Size { get; init; }
    public required string NoAttachments { get; init; }

    public static SubmissionText For(string language) => language switch
    {
        Languages.French => SubmissionTexts.French,
        Languages.Spanish => SubmissionTexts.Spanish,
        Languages.Arabic => SubmissionTexts.Arabic,
        _ => SubmissionTexts.English,
    };
}
