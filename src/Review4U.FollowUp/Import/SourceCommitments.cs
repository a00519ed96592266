using Review4U.Data.Members;

namespace Review4U.FollowUp.Import;

/// <summary>What a reader got out of a file: the commitments, and every problem of form (the importer checks meaning).</summary>
public sealed record SourceCommitments(IReadOnlyList<SourceCommitment> Commitments, IReadOnlyList<ImportProblem> Problems);
