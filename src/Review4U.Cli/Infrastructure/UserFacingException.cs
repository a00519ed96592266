namespace Review4U.Cli.Infrastructure;

/// <summary>An error whose message is meant for the person at the terminal (no stack trace).</summary>
public sealed class UserFacingException : Exception
{
    public UserFacingException(string message) : base(message) { }

    public UserFacingException(string message, Exception inner) : base(message, inner) { }

    public UserFacingException() { }
}
