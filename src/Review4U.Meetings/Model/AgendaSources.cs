namespace Review4U.Meetings.Model;

public static class AgendaSources
{
    public const string Link = "link";
    public const string Email = "email";
    public const string Secretariat = "secretariat";
    /// <summary>Forwarded from a national alliance to its regional network.</summary>
    public const string Forwarded = "forwarded";
}
