namespace Review4U.Web.Infrastructure;

/// <summary>Who may read the Hangfire Dashboard at <c>/jobs</c> (section <c>Jobs</c>).</summary>
public sealed class JobsDashboardOptions
{
    /// <summary>
    /// Lets a request from another address in when it carries <c>Authorization: Bearer {AdminToken}</c>. Empty (the
    /// default): only requests from the loopback interface see the dashboard.
    /// </summary>
    public string? AdminToken { get; set; }
}
