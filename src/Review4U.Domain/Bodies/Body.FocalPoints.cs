using Review4U.Domain.Governance;
using Review4U.Domain.Members;

namespace Review4U.Domain.Bodies;

public sealed partial class Body
{
    public GovernmentFocalPoint? FocalPointOn(string country, DateOnly day) =>
        _focalPoints.Find(f => f.Country == country && f.IsCurrentOn(day));

    /// <summary>Appoints the government focal point of one of the body's countries; the previous one is closed, not deleted.</summary>
    public GovernmentFocalPoint AppointFocalPoint(string country, string ministry, string name, string email, DateOnly from)
    {
        if (!MemberCountries.Contains(country))
        {
            throw new DomainRuleException($"{country} is not one of {Code}'s countries ({string.Join(", ", MemberCountries)}).");
        }

        if (string.IsNullOrWhiteSpace(ministry) || string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("A government focal point needs a ministry and a name.");
        }

        if (!EmailAddresses.IsValid(email))
        {
            throw new DomainRuleException($"\"{email}\" is not an email address.");
        }

        var current = _focalPoints.Where(f => f.Country == country && f.ToDate is null).MaxBy(f => f.FromDate);
        if (current is not null && current.FromDate == from && current.Email == EmailAddresses.Normalise(email)
            && current.Name == name.Trim() && current.Ministry == ministry.Trim())
        {
            return current;
        }

        if (current is not null)
        {
            if (from <= current.FromDate)
            {
                throw new DomainRuleException(
                    $"The current focal point for {country} was appointed on {current.FromDate:yyyy-MM-dd}; a change must come after it.");
            }

            current.Close(from);
        }

        var appointed = new GovernmentFocalPoint(Id, country, ministry.Trim(), name.Trim(), EmailAddresses.Normalise(email), from);
        _focalPoints.Add(appointed);
        return appointed;
    }
}
