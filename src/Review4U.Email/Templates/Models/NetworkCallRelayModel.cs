namespace Review4U.Email.Templates.Models;

/// <summary>A national alliance's coordinator receives a regional network's call, with the command that launches it as their own round.</summary>
public sealed record NetworkCallRelayModel : EmailModel
{
    public required string NetworkName { get; init; }
    public required string NetworkCode { get; init; }
    public required string CallTitle { get; init; }
    public required string Message { get; init; }
    public required bool HasDeadline { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    /// <summary>The one command that launches the network's questionnaire as the alliance's round; empty for an announcement.</summary>
    public required string LaunchCommand { get; init; }
}
