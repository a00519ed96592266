namespace Review4U.Data.Members;

/// <summary>One contact as read from a file (a CSV column group or a YAML list item).</summary>
public sealed record SourceContact(SourceField Name, SourceField Email, SourceField Language, SourceField Gender);
