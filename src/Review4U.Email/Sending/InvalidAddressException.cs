namespace Review4U.Email.Sending;

/// <summary>An outbox row's address cannot be parsed: a permanent failure, like a 5xx.</summary>
public sealed class InvalidAddressException : Exception
{
    public InvalidAddressException()
    {
    }

    public InvalidAddressException(string message) : base(message)
    {
    }

    public InvalidAddressException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
