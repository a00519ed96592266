namespace Review4U.FollowUp.Model;

/// <summary>Where a timeline entry came from.</summary>
public static class UpdateSources
{
    public const string Import = "import";
    public const string Link = "link";
    public const string Email = "email";
    public const string Cli = "cli";
}
