namespace Review4U.Domain.Bodies;

/// <summary>How a body came to be: an alliance set up in a Voluntary Pilot Initiative starts from the VPI report's priorities.</summary>
public enum Establishment
{
    VpiContext = 1,
    OwnInitiative = 2,
}
