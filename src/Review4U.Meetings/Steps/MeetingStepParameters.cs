using Review4U.Workflows.Steps;

namespace Review4U.Meetings.Steps;

/// <summary>Every meeting step works on one meeting, named by its id.</summary>
public sealed record MeetingStepParameters
{
    [StepParameter(Description = "The meeting's id (a GUID), e.g. {{ steps.open.meetingId }}.")]
    public required string MeetingId { get; init; }
}
