namespace Review4U.Data.Members;

/// <summary>One organisation as read from a file, before any validation.</summary>
public sealed record SourceOrganisation(
    int Line,
    SourceField Key,
    SourceField Name,
    SourceField Type,
    SourceField Country,
    SourceList ThematicAreas,
    SourceList Services,
    string ContactsColumn,
    IReadOnlyList<SourceContact> Contacts);
