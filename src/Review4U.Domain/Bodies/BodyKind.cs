namespace Review4U.Domain.Bodies;

public enum BodyKind
{
    /// <summary>A national civil society alliance (NACSA4U) in one country.</summary>
    NationalAlliance = 1,

    /// <summary>A civil society regional network (NET4U) across several countries.</summary>
    RegionalNetwork = 2,
}
