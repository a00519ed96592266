using Microsoft.Extensions.Options;
using Review4U.Email.Options;

namespace Review4U.Rounds.Emails;

/// <summary>The public URLs a round's emails carry (under the web app's base URL).</summary>
public sealed class RoundLinks(IOptions<EmailOptions> options)
{
    public Uri Task(Guid roundId, string token) => new(options.Value.PublicBaseUrl, $"answers/{roundId:N}/{token}");

    /// <summary>A reviewer's page: the draft, comments, proposed edits, approve or reject.</summary>
    public Uri Review(Guid roundId, string token) => new(options.Value.PublicBaseUrl, $"review/{roundId:N}/{token}");

    /// <summary>The compiled draft as HTML, behind the same reviewer's link.</summary>
    public Uri ReviewDraft(Guid roundId, string token) => new(options.Value.PublicBaseUrl, $"review/{roundId:N}/{token}/draft");

    public Uri Round(Guid roundId) => new(options.Value.PublicBaseUrl, $"rounds/{roundId:N}");

    public Uri Acknowledge(string token) => new(options.Value.PublicBaseUrl, $"answers/acknowledge/{token}");
}
