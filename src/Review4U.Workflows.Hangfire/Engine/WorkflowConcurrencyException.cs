namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Another transaction changed the instance (or ran the same execution) first; the job starts over.</summary>
public sealed class WorkflowConcurrencyException : Exception
{
    public WorkflowConcurrencyException() { }

    public WorkflowConcurrencyException(string message) : base(message) { }

    public WorkflowConcurrencyException(string message, Exception inner) : base(message, inner) { }
}
