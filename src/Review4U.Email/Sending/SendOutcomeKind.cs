namespace Review4U.Email.Sending;

public enum SendOutcomeKind
{
    Sent,
    Transient,
    Permanent,
}
