namespace Review4U.Email.Templates.Models;

/// <summary>The sending body as templates show it (<c>body.name</c>, <c>body.code</c>, <c>body.network</c>).</summary>
/// <param name="Network"><c>NACSA4U</c> for a national alliance, <c>NET4U</c> for a regional network.</param>
public sealed record BodyIdentity(string Name, string Code, string Network);
