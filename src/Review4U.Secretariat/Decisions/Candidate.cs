namespace Review4U.Secretariat.Decisions;

/// <summary>An organisation that expressed interest, as the Steering Committee sees it.</summary>
public sealed record Candidate(Guid InterestId, Guid OrganisationId, string OrganisationKey, string Organisation, Guid ContactId, string Coordinator, string Motivation);
