using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Review4U.TestKit.Smtp;

/// <summary>Keeps every accepted message, parsed, with the envelope recipients.</summary>
internal sealed class RecordingMessageStore : MessageStore
{
    private readonly ConcurrentQueue<ReceivedEmail> _messages = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<ReceivedEmail> Messages => [.. _messages];

    public void Clear() => _messages.Clear();

    public async Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (_messages.Count < count)
        {
            try
            {
                await _arrived.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} messages within {timeout}, got {_messages.Count}.");
            }
        }

        return Messages;
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        await using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var recipients = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
        _messages.Enqueue(new ReceivedEmail(message, recipients));
        _arrived.Release();
        return SmtpResponse.Ok;
    }
}
