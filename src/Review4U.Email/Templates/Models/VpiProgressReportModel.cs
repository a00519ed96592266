namespace Review4U.Email.Templates.Models;

/// <summary>Delivers a quarter's VPI progress report (DOCX and HTML attached) to the government and UNODC.</summary>
public sealed record VpiProgressReportModel : EmailModel
{
    public required string Quarter { get; init; }
    public required int CommitmentCount { get; init; }
    public required int DoneCount { get; init; }
    public required int AttentionCount { get; init; }
    public required int OverallProgress { get; init; }
    public required string DocumentName { get; init; }
}
