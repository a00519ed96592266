namespace Review4U.FollowUp.People;

/// <summary>A contact of a member organisation, as the follow-up emails need it.</summary>
public sealed record Person(Guid ContactId, Guid OrganisationId, string OrganisationName, string Name, string Email, string Language);
