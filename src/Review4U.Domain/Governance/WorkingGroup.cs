namespace Review4U.Domain.Governance;

/// <summary>A working group on a topic the body chose (technical expertise, communication, engagement, action).</summary>
public sealed class WorkingGroup
{
    private WorkingGroup() => Topic = "";

    internal WorkingGroup(Guid bodyId, string topic, DateOnly createdOn)
    {
        Id = Guid.CreateVersion7();
        BodyId = bodyId;
        Topic = topic;
        CreatedOn = createdOn;
    }

    public Guid Id { get; private set; }

    public Guid BodyId { get; private set; }

    public string Topic { get; private set; }

    public DateOnly CreatedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public bool IsOpenOn(DateOnly day) => Terms.Covers(CreatedOn, ClosedOn, day);
}
