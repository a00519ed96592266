namespace Review4U.Email.MagicLinks;

public enum MagicLinkStatus
{
    Valid,
    /// <summary>Known but past its expiry: the page offers a fresh link for the same scope.</summary>
    Expired,
    /// <summary>Never issued (or mistyped): the page offers to send a link to a given address.</summary>
    Unknown,
    /// <summary>Valid, but for another task or body than the one being opened.</summary>
    WrongScope,
}
