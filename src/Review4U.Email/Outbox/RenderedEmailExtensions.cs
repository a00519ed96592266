using Review4U.Email.Templates;

namespace Review4U.Email.Outbox;

public static class RenderedEmailExtensions
{
    /// <summary>
    /// The outbox email of a rendered template: category = template name, language, subject and both parts set.
    /// Add scope, task and contact with <c>with { … }</c> (a <c>task-reminder</c> needs scope and contact).
    /// </summary>
    public static OutgoingEmail ToOutgoing(this RenderedEmail rendered, Guid bodyId, string idempotencyKey, string to, string? toName = null)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return new OutgoingEmail
        {
            BodyId = bodyId,
            IdempotencyKey = idempotencyKey,
            Category = rendered.Template,
            Language = rendered.Language,
            To = to,
            ToName = toName,
            Subject = rendered.Subject,
            TextBody = rendered.Text,
            HtmlBody = rendered.Html,
        };
    }
}
