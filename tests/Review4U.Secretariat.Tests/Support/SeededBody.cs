using Review4U.Domain.Members;

namespace Review4U.Secretariat.Tests.Support;

/// <summary>A body the world created: its id, code and member organisations (organisation 1's main contact is the coordinator, 2–4 sit on the Steering Committee).</summary>
public sealed record SeededBody(Guid Id, string Code, string TimeZoneId, IReadOnlyList<MemberOrganisation> Organisations)
{
    public Contact Contact(int organisation, int position = 1) => Organisations[organisation - 1].Contacts[position - 1];
}
