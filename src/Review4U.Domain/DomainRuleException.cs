namespace Review4U.Domain;

/// <summary>A rule of the domain was broken; the message says which and why, for the person who asked.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message) { }

    public DomainRuleException(string message, Exception inner) : base(message, inner) { }

    public DomainRuleException() { }
}
