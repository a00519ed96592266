namespace Review4U.Email.Templates.Models;

/// <summary>What every template may use: the body and the recipient's name.</summary>
public abstract record EmailModel
{
    public required BodyIdentity Body { get; init; }
    public required string RecipientName { get; init; }
}
