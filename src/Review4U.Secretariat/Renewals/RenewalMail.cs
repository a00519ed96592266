using Microsoft.Extensions.Options;
using Review4U.Data;
using Review4U.Email.Options;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Rounds.Emails;

namespace Review4U.Secretariat.Renewals;

/// <summary>Renders the renewal's emails in each recipient's language and makes them outbox rows keyed per renewal, occasion and person.</summary>
public sealed class RenewalMail(EmailTemplates templates, IOptions<EmailOptions> email)
{
    public Uri InterestUrl(string token) => new(email.Value.PublicBaseUrl, $"secretariat/interest/{token}");

    public Uri DecisionUrl(string token) => new(email.Value.PublicBaseUrl, $"secretariat/decide/{token}");

    public static string Key(Guid renewalId, string occasion, string recipient) => $"secretariat:{renewalId:N}:{occasion}:{recipient}";

    /// <summary>An email to a member contact; <paramref name="taskId"/> set makes replies come back to this module's handler.</summary>
    public OutgoingEmail To(RenewalScene scene, MemberContact contact, EmailModel model, string occasion, Guid? taskId = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(contact);
        var rendered = templates.Render(model, contact.PreferredLanguage, scene.Body.DefaultLanguage);
        return RoundMail.ToOutgoing(rendered, scene.Body.Id, Key(scene.Renewal.Id, occasion, contact.ContactId.ToString("N")), rendered.Template,
            contact.Email, contact.Name, scene.Renewal.Id, taskId, contact.ContactId);
    }

    /// <summary>An email to someone outside the members (the platform admin), in the body's default language.</summary>
    public OutgoingEmail ToAddress(RenewalScene scene, string address, string name, EmailModel model, string occasion)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var rendered = templates.Render(model, null, scene.Body.DefaultLanguage);
        return RoundMail.ToOutgoing(rendered, scene.Body.Id, Key(scene.Renewal.Id, occasion, address.ToLowerInvariant()), rendered.Template,
            address, name, scene.Renewal.Id, null, null);
    }
}
