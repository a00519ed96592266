namespace Review4U.Meetings.Agenda;

/// <summary>One proposed item's votes against the Steering Committee's quorum.</summary>
public sealed record AgendaTally(Guid ItemId, string Title, int Approvals, int Rejections, int Quorum, int Voters)
{
    public bool Approved => Approvals >= Quorum;

    /// <summary>Too many rejections for the quorum ever to be reached.</summary>
    public bool Rejected => Rejections > Voters - Quorum;

    public bool Decided => Approved || Rejected;
}
