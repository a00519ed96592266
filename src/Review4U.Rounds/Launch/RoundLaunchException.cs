namespace Review4U.Rounds.Launch;

/// <summary>A launch was refused: the message names the option and what was expected; nothing was written.</summary>
public sealed class RoundLaunchException : Exception
{
    public RoundLaunchException()
    {
    }

    public RoundLaunchException(string message)
        : base(message)
    {
    }

    public RoundLaunchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
