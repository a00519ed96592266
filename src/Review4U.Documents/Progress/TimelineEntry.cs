namespace Review4U.Documents.Progress;

public sealed record TimelineEntry(DateOnly Date, string Text);
