using Review4U.Email.Outbox;
using Review4U.Email.Templates;

namespace Review4U.FollowUp.Emails;

/// <summary>Rendered → outgoing, with the scope, task and contact the reply matcher and the outbox need.</summary>
internal static class FollowUpMail
{
    public static OutgoingEmail ToOutgoing(RenderedEmail rendered, Guid bodyId, string key, string to, string toName, Guid? scopeId, Guid? taskId, Guid? contactId) =>
        rendered.ToOutgoing(bodyId, key, to, toName) with { ScopeId = scopeId, TaskId = taskId, ContactId = contactId };
}
