using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Review4U.Email.Options;

namespace Review4U.Email.Inbound;

/// <summary>
/// Reads the reply mailbox: every message waiting in INBOX is processed, then moved to the processed folder
/// (created when missing). Servers without folders (smtp4dev) get the message flagged \Seen instead, and only
/// unseen messages are read. Processing is idempotent on Message-ID, so a crash between the two steps is harmless.
/// </summary>
public sealed class ImapReplyReader(IOptions<EmailOptions> options, InboundMailProcessor processor, TimeProvider time,
    ILogger<ImapReplyReader> logger)
{
    private bool? _foldersSupported;

    public async Task<ImapPollResult> PollOnceAsync(CancellationToken ct)
    {
        using var client = await ConnectAsync(ct);
        var inbox = client.Inbox;
        await inbox.OpenAsync(FolderAccess.ReadWrite, ct);
        var processed = await ProcessedFolderAsync(client, ct);
        _foldersSupported = processed is not null;
        var uids = await inbox.SearchAsync(processed is null ? SearchQuery.NotSeen : SearchQuery.All, ct);
        var outcomes = new Dictionary<InboundOutcome, int>();
        var failed = 0;
        foreach (var uid in uids)
        {
            var message = await inbox.GetMessageAsync(uid, ct);
            InboundOutcome outcome;
            try
            {
                outcome = await processor.ProcessAsync(message, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException && e is not IOException)
            {
                // Left in place (unseen, unmoved) to be tried again next pass; the others go on.
                logger.LogError(e, "Processing reply {MessageId} failed; it stays in the mailbox", message.MessageId);
                failed++;
                continue;
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (processed is not null)
            {
                await inbox.MoveToAsync(uid, processed, ct);
            }
            else
            {
                await inbox.AddFlagsAsync(uid, MessageFlags.Seen, silent: true, ct);
            }
        }

        await client.DisconnectAsync(quit: true, ct);
        return new ImapPollResult(outcomes, failed, processed is not null);
    }

    /// <summary>Waits until new mail arrives (IDLE) or the poll interval passes (servers without IDLE).</summary>
    public async Task WaitForMailAsync(CancellationToken ct)
    {
        var interval = options.Value.Imap.PollInterval;
        using var client = await ConnectAsync(ct);
        if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            await client.DisconnectAsync(quit: true, ct);
            await Task.Delay(interval, time, ct);
            return;
        }

        await client.Inbox.OpenAsync(FolderAccess.ReadOnly, ct);
        // Mail that arrived between the last pass and this connection would not wake IDLE: look first.
        var waiting = _foldersSupported == false
            ? (await client.Inbox.SearchAsync(SearchQuery.NotSeen, ct)).Count
            : client.Inbox.Count;
        if (waiting > 0)
        {
            await client.DisconnectAsync(quit: true, ct);
            return;
        }

        using var done = new CancellationTokenSource(interval, time);
        client.Inbox.CountChanged += (_, _) => done.Cancel();
        await client.IdleAsync(done.Token, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    private async Task<ImapClient> ConnectAsync(CancellationToken ct)
    {
        var imap = options.Value.Imap;
        var client = new ImapClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(imap.Host, imap.Port, imap.Security, ct);
            await client.AuthenticateAsync(imap.UserName, imap.Password, ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task<IMailFolder?> ProcessedFolderAsync(ImapClient client, CancellationToken ct)
    {
        var name = options.Value.Imap.ProcessedFolder;
        if (client.PersonalNamespaces.Count == 0)
        {
            return null;
        }

        var root = await client.GetFolderAsync(client.PersonalNamespaces[0].Path, ct);
        try
        {
            return await root.GetSubfolderAsync(name, ct);
        }
        catch (FolderNotFoundException)
        {
            try
            {
                return await root.CreateAsync(name, isMessageFolder: true, ct);
            }
            catch (ImapCommandException e)
            {
                logger.LogInformation("The IMAP server cannot create folder {Folder} ({Reply}); processed replies are flagged \\Seen instead", name, e.Message);
                return null;
            }
        }
    }
}
