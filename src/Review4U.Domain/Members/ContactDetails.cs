namespace Review4U.Domain.Members;

/// <summary>A contact as given in a file or on the command line; the email identifies the person.</summary>
public sealed record ContactDetails(string Name, string Email, string PreferredLanguage, Gender? Gender);
