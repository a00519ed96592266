using Review4U.Domain.Bodies;
using Review4U.Email.Outbox;
using Review4U.Email.Templates;
using Review4U.Email.Templates.Models;
using Review4U.Meetings.Data.Rows;

namespace Review4U.Meetings.Emails;

/// <summary>Small helpers shared by everything that writes meeting emails: the body as templates show it, rendered → outgoing.</summary>
public static class MeetingMail
{
    public static BodyIdentity IdentityOf(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new BodyIdentity(body.Name, body.Code, body.Kind == BodyKind.NationalAlliance ? "NACSA4U" : "NET4U");
    }

    /// <summary>An outbox email about <paramref name="meeting"/>; <paramref name="taskId"/> (a participant) gives it a reply token.</summary>
    public static OutgoingEmail ToOutgoing(RenderedEmail rendered, MeetingRow meeting, string key, string to, string toName, Guid? taskId = null, Guid? contactId = null)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(meeting);
        return rendered.ToOutgoing(meeting.BodyId, key, to, toName) with { ScopeId = meeting.Id, TaskId = taskId, ContactId = contactId };
    }

    /// <summary>Agenda items, one numbered line each.</summary>
    public static string AgendaText(IEnumerable<AgendaItemRow> approved) =>
        string.Join("\n", approved.OrderBy(i => i.Position).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i.Position}. {i.Title}")));
}
