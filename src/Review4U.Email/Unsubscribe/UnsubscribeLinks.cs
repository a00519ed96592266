using Microsoft.Extensions.Options;
using Review4U.Email.Options;

namespace Review4U.Email.Unsubscribe;

/// <summary>Builds the RFC 8058 headers of a reminder: an https one-click link and a mailto fallback.</summary>
public sealed class UnsubscribeLinks(IOptions<EmailOptions> options)
{
    /// <summary>Path (under the public base URL) the web app maps to <see cref="UnsubscribeService"/>.</summary>
    public const string Path = "email/unsubscribe";

    public Uri HttpsLink(UnsubscribeToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var o = options.Value;
        return new Uri(o.PublicBaseUrl, $"{Path}?token={token.Sign(o.UnsubscribeSecret)}");
    }

    public IReadOnlyDictionary<string, string> Headers(UnsubscribeToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var o = options.Value;
        var mailto = $"mailto:{o.UnsubscribeAddress}?subject=unsubscribe%20{token.Sign(o.UnsubscribeSecret)}";
        return new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{HttpsLink(token).AbsoluteUri}>, <{mailto}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
    }
}
