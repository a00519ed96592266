namespace Review4U.FollowUp.Status;

/// <summary>The outcome of a status update; <see cref="Message"/> says why when it was refused (then nothing was written).</summary>
public sealed record StatusUpdateResult(bool Succeeded, string Message)
{
    public static StatusUpdateResult Ok(string message) => new(true, message);

    public static StatusUpdateResult Refused(string message) => new(false, message);
}
