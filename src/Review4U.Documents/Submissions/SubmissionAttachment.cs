namespace Review4U.Documents.Submissions;

public sealed record SubmissionAttachment(string FileName, long SizeBytes);
