using Microsoft.Extensions.Options;
using Review4U.Email.Options;

namespace Review4U.FollowUp.Emails;

/// <summary>The public URLs the follow-up emails carry (pages in <c>Review4U.Web/Features/FollowUp</c>).</summary>
public sealed class FollowUpLinks(IOptions<EmailOptions> options)
{
    public Uri Status(string token) => new(options.Value.PublicBaseUrl, $"vpi/status/{token}");

    public Uri PlanReview(string token) => new(options.Value.PublicBaseUrl, $"plan/review/{token}");
}
