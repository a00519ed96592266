namespace Review4U.Email.Bounces;

/// <summary>Values of <c>email.address_status.status</c>.</summary>
public static class AddressStatuses
{
    public const string Bouncing = "bouncing";
}
