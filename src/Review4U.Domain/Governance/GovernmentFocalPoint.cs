namespace Review4U.Domain.Governance;

/// <summary>
/// The government's focal point for a country (who receives compiled submissions). A change appoints a new
/// one and closes the previous row, so the history of who held it when is kept.
/// </summary>
public sealed class GovernmentFocalPoint
{
    private GovernmentFocalPoint()
    {
        Country = "";
        Ministry = "";
        Name = "";
        Email = "";
    }

    internal GovernmentFocalPoint(Guid bodyId, string country, string ministry, string name, string email, DateOnly fromDate)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Country = country;
        Ministry = ministry;
        Name = name;
        Email = email;
        FromDate = fromDate;
    }

    public Guid Id { get; private set; }

    public Guid BodyId { get; private set; }

    public string Country { get; private set; }

    public string Ministry { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    public DateOnly FromDate { get; private set; }

    public DateOnly? ToDate { get; private set; }

    public bool IsCurrentOn(DateOnly day) => Terms.Covers(FromDate, ToDate, day);

    internal void Close(DateOnly on) => ToDate = on;
}
