using System.Net;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Storage;

namespace Review4U.TestKit.Smtp;

/// <summary>
/// A real SMTP server on 127.0.0.1 (a free port) for tests: records what it receives, and can be stopped
/// (connection refused), restarted on the same port, or told to refuse recipients with any reply code.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly RecordingMessageStore _store = new();
    private readonly RefusingMailboxFilter _filter = new();
    private TimeSpan _sessionTimeout = TimeSpan.FromSeconds(30);
    private CancellationTokenSource? _running;
    private Task? _serverTask;

    private TestSmtpServer()
    {
    }

    public int Port { get; private set; }

    public IReadOnlyList<ReceivedEmail> Received => _store.Messages;

    /// <param name="sessionTimeout">How long the server keeps one client session (30 s by default); a benchmark that
    /// sends tens of thousands of messages over a few reused connections needs longer.</param>
    public static async Task<TestSmtpServer> StartAsync(TimeSpan? sessionTimeout = null)
    {
        var server = new TestSmtpServer();
        server._sessionTimeout = sessionTimeout ?? server._sessionTimeout;
        await server.RunAsync(port: 0);
        return server;
    }

    /// <summary>Closes the listener and every open session: clients now get "connection refused".</summary>
    public async Task StopAsync()
    {
        if (_running is null || _serverTask is null)
        {
            return;
        }

        await _running.CancelAsync();
        try
        {
            await _serverTask;
        }
        catch (OperationCanceledException)
        {
            // the expected end of a cancelled server
        }

        _running.Dispose();
        _running = null;
        _serverTask = null;
    }

    /// <summary>Starts again on the same port.</summary>
    public Task RestartAsync() => RunAsync(Port);

    public void Refuse(string address, int code, string text) => _filter.ByAddress[address] = new SmtpRefusal(code, text);

    /// <summary>Refuses every recipient with this reply until called with null.</summary>
    public void RefuseAll(SmtpRefusal? refusal) => _filter.ForAll = refusal;

    /// <summary>Answers the RCPT TO of this recipient only once <paramref name="until"/> completes: one slow message.</summary>
    public void Hold(string address, Task until) => _filter.Held[address] = until;

    public void Clear() => _store.Clear();

    public Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(int count, TimeSpan? timeout = null) =>
        _store.WaitForAsync(count, timeout ?? TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task RunAsync(int port)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("review4u-test")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).SessionTimeout(_sessionTimeout))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add((IMessageStore)_store);
        services.Add((IMailboxFilter)_filter);
        var listeners = new NoDelayEndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        services.Add((IEndpointListenerFactory)listeners);

        _running = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(options, services);
        _serverTask = server.StartAsync(_running.Token);
        var first = await Task.WhenAny(started.Task, _serverTask);
        if (first != started.Task)
        {
            await _serverTask; // surfaces the start failure
        }

        Port = await started.Task;
    }
}
