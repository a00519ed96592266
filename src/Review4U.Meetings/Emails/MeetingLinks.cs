using Microsoft.Extensions.Options;
using Review4U.Email.Options;

namespace Review4U.Meetings.Emails;

/// <summary>The public URLs meeting emails carry (pages in the web app's <c>Features/Meetings</c>).</summary>
public sealed class MeetingLinks(IOptions<EmailOptions> options)
{
    public Uri Propose(Guid meetingId, string token) => new(options.Value.PublicBaseUrl, $"meetings/{meetingId:N}/agenda/{token}");

    public Uri Review(Guid meetingId, string token) => new(options.Value.PublicBaseUrl, $"meetings/{meetingId:N}/review/{token}");

    public Uri Feed(string bodyCode) => new(options.Value.PublicBaseUrl, $"bodies/{bodyCode}/meetings.ics");
}
