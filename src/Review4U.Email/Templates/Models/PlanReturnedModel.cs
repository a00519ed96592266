namespace Review4U.Email.Templates.Models;

/// <summary>Returns a rejected plan version to the coordinator with the reviewers' comments, for a new version.</summary>
public sealed record PlanReturnedModel : EmailModel
{
    public required string PlanTitle { get; init; }
    public required int Version { get; init; }
    public required int Rejections { get; init; }
    /// <summary>One line per comment or rejection reason, with its author.</summary>
    public required string Comments { get; init; }
}
