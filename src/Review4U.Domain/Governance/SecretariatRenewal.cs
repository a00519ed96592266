namespace Review4U.Domain.Governance;

/// <summary>One renewal of a secretariat term: the history of how the end moved.</summary>
public sealed class SecretariatRenewal
{
    private SecretariatRenewal() { }

    internal SecretariatRenewal(Guid bodyId, Guid termId, DateOnly renewedOn, DateOnly previousEndsOn, DateOnly newEndsOn)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        TermId = termId;
        RenewedOn = renewedOn;
        PreviousEndsOn = previousEndsOn;
        NewEndsOn = newEndsOn;
    }

    public Guid Id { get; private set; }

    public Guid BodyId { get; private set; }

    public Guid TermId { get; private set; }

    public DateOnly RenewedOn { get; private set; }

    public DateOnly PreviousEndsOn { get; private set; }

    public DateOnly NewEndsOn { get; private set; }
}
