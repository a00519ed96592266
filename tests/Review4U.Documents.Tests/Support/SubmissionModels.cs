using Review4U.Documents.Submissions;

namespace Review4U.Documents.Tests.Support;

public static class SubmissionModels
{
    public static readonly Guid Alpha = Guid.Parse("c0000000-0000-0000-0000-000000000001");
    public static readonly Guid Beta = Guid.Parse("a0000000-0000-0000-0000-000000000002");
    public static readonly Guid Gamma = Guid.Parse("b0000000-0000-0000-0000-000000000003");

    public static readonly DateTimeOffset GeneratedAt = new(2027, 3, 15, 9, 30, 0, TimeSpan.Zero);

    public static SubmissionModel Small(AttributionMode attribution = AttributionMode.Named, string language = "en") => new(
        BodyName: "NACSA Kenya",
        RoundTitle: "Contribution to the Cluster I self-assessment",
        Questionnaire: SampleQuestionnaire.Load(),
        Language: language,
        Attribution: attribution,
        Participants:
        [
            new(Alpha, "Alpha Youth Network", ["trafficking-in-persons"], ParticipationStatus.Answered),
            new(Beta, "Beta Rights Watch", ["drugs-corruption", "untoc-implementation"], ParticipationStatus.Answered),
            new(Gamma, "Gamma Foundation", ["firearms"], ParticipationStatus.Declined, "No capacity this quarter"),
        ],
        Contributions:
        [
            SubmissionContribution.FromText("q1", Beta, "Article 5 is transposed in the penal code.\nCourts rarely apply it."),
            new("q1", Alpha, "Prosecutions focus on individual offences.", [], []),
            new("q2", Beta, "Only for drug proceeds.", ["partially"], []),
            new("q3", Alpha, null, ["shelter", "legal"], []),
            new("q4", Alpha, null, [], [new("shelter-study-2026.pdf", 1_572_864), new("interviews.docx", 20_480)]),
        ],
        GeneratedAt: GeneratedAt);
}
