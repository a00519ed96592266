namespace Review4U.Email.Coordinators;

/// <summary>A body's coordinator given in configuration (<c>Email:Coordinators</c>).</summary>
public sealed class CoordinatorOptions
{
    public Guid BodyId { get; set; }
    public string BodyName { get; set; } = "";
    public string BodyCode { get; set; } = "";
    /// <summary>NACSA4U or NET4U.</summary>
    public string Network { get; set; } = "NACSA4U";
    public string Address { get; set; } = "";
    public string Name { get; set; } = "";
    public string Language { get; set; } = "en";
}
