using System.Collections.Concurrent;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Review4U.TestKit.Smtp;

/// <summary>Refuses chosen recipients (any code, 4xx or 5xx), or every recipient while a refusal for all is set.</summary>
internal sealed class RefusingMailboxFilter : IMailboxFilter
{
    public ConcurrentDictionary<string, SmtpRefusal> ByAddress { get; } = new(StringComparer.OrdinalIgnoreCase);

    public SmtpRefusal? ForAll { get; set; }

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox @from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox @from, CancellationToken cancellationToken)
    {
        var refusal = ForAll ?? (ByAddress.TryGetValue($"{to.User}@{to.Host}", out var r) ? r : null);
        if (refusal is not null)
        {
            throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)refusal.Code, refusal.Text));
        }

        return Task.FromResult(true);
    }
}
