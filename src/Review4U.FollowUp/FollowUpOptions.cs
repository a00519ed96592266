namespace Review4U.FollowUp;

/// <summary>Settings of the follow-up module (section <c>FollowUp</c>).</summary>
public sealed class FollowUpOptions
{
    public string ConnectionString { get; set; } = "";

    /// <summary>The UNODC address that receives each quarter's progress report besides the government focal point; none when empty.</summary>
    public string UnodcEmail { get; set; } = "";

    public string UnodcName { get; set; } = "UNODC Civil Society Unit";
}
