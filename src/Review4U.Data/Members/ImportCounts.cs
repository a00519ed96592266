namespace Review4U.Data.Members;

/// <summary>What an import wrote (or, in a dry run, would write).</summary>
public sealed record ImportCounts(
    int OrganisationsCreated,
    int OrganisationsUpdated,
    int OrganisationsUnchanged,
    int ContactsCreated,
    int ContactsUpdated,
    int MembershipsAdded)
{
    public bool ChangedNothing =>
        OrganisationsCreated + OrganisationsUpdated + ContactsCreated + ContactsUpdated + MembershipsAdded == 0;
}
