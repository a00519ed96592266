namespace Review4U.Domain.Members;

public enum OrganisationType
{
    Ngo = 1,
    Academia = 2,
    PrivateSector = 3,
    Other = 4,
}
