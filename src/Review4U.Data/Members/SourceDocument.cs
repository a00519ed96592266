namespace Review4U.Data.Members;

/// <summary>What a reader got out of a file: the organisations it could read and the problems it met.</summary>
public sealed record SourceDocument(IReadOnlyList<SourceOrganisation> Organisations, IReadOnlyList<ImportProblem> Problems);
