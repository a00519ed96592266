namespace Review4U.Workflows.Expressions;

/// <summary>A template, condition or expression could not be parsed, evaluated or converted to its declared type.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException()
    {
    }

    public ExpressionException(string message)
        : base(message)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
