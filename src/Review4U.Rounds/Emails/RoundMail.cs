using Review4U.Domain.Bodies;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;

namespace Review4U.Rounds.Emails;

/// <summary>Small helpers shared by the steps that write emails: the body as templates show it, and rendered → outgoing.</summary>
public static class RoundMail
{
    public static BodyIdentity IdentityOf(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new BodyIdentity(body.Name, body.Code, body.Kind == BodyKind.NationalAlliance ? "NACSA4U" : "NET4U");
    }

    public static OutgoingEmail ToOutgoing(
        RenderedEmail rendered, Guid bodyId, string key, string category, string to, string toName, Guid? roundId, Guid? taskId, Guid? contactId)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return new OutgoingEmail
        {
            BodyId = bodyId,
            IdempotencyKey = key,
            Category = category,
            ScopeId = roundId,
            TaskId = taskId,
            ContactId = contactId,
            Language = rendered.Language,
            To = to,
            ToName = toName,
            Subject = rendered.Subject,
            TextBody = rendered.Text,
            HtmlBody = rendered.Html,
        };
    }
}
