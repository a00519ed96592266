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

    /// <summary>Recipients whose RCPT TO is answered only once the task completes (a slow destination).</summary>
    public ConcurrentDictionary<string, Task> Held { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox @from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public async Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox @from, CancellationToken cancellationToken)
    {
        if (Held.TryGetValue($"{to.User}@{to.Host}", out var until))
        {
            await until.WaitAsync(cancellationToken);
        }

        var refusal = ForAll ?? (ByAddress.TryGetValue($"{to.User}@{to.Host}", out var r) ? r : null);
        if (refusal is not null)
        {
            throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)refusal.Code, refusal.Text));
        }

        return true;
    }
}
