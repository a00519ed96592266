namespace Review4U.Secretariat;

/// <summary>Bad input to a secretariat action (unknown body, round, choice…): the message says what was expected; nothing was written.</summary>
public sealed class SecretariatException : Exception
{
    public SecretariatException() { }

    public SecretariatException(string message) : base(message) { }

    public SecretariatException(string message, Exception inner) : base(message, inner) { }
}
