using System.Globalization;

namespace Review4U.TestKit.Web;

/// <summary>
/// What a test gives the real web host (<c>Program</c>, through WebApplicationFactory) to serve its pages on the test's
/// world: its database and SMTP server, the shipped workflow folder, and no background work (no Hangfire worker, no
/// delivery loop, no IMAP), since the test drives the engine and the outbox itself. Apply each with <c>UseSetting</c>.
/// </summary>
public static class WebHostTestSettings
{
    /// <param name="unsubscribeSecret">The world's own, so links it issued verify in the host.</param>
    /// <param name="questionnairesFolder">Default: the shipped <c>workflows/questionnaires</c>.</param>
    public static IReadOnlyDictionary<string, string> For(
        string connectionString, int smtpPort, string workflowsFolder, string unsubscribeSecret, string? questionnairesFolder = null) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings:Review4U"] = connectionString,
            ["Email:TemplatesPath"] = Path.Combine(workflowsFolder, "templates"),
            ["Email:PublicBaseUrl"] = "http://review4u.test/",
            ["Email:UnsubscribeSecret"] = unsubscribeSecret,
            ["Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Workflows:Path"] = workflowsFolder,
            ["Workflows:WorkerCount"] = "0",
            ["Email:Delivery:Enabled"] = "false",
            ["Email:Imap:Enabled"] = "false",
            ["Rounds:QuestionnairesPath"] = questionnairesFolder ?? Path.Combine(workflowsFolder, "questionnaires"),
        };
}
