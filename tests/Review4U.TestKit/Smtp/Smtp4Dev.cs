using System.Diagnostics;

namespace Review4U.TestKit.Smtp;

/// <summary>
/// The smtp4dev sink started by <c>scripts/smtp-up</c> (SMTP, IMAP, web API on loopback). Tests needing a real
/// IMAP server use it; <see cref="EnsureRunningAsync"/> starts it when a test run did not go through scripts/test.
/// </summary>
public static class Smtp4Dev
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static int SmtpPort { get; } = Port("REVIEW4U_SMTP_PORT", 2525);
    public static int ImapPort { get; } = Port("REVIEW4U_IMAP_PORT", 1143);
    public static int WebPort { get; } = Port("REVIEW4U_SMTP_WEB_PORT", 5080);

    public static async Task EnsureRunningAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (await IsRunningAsync())
            {
                return;
            }

            var root = FindRepositoryRoot();
            using var process = Process.Start(new ProcessStartInfo("bash", Path.Combine(root, "scripts", "smtp-up"))
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            }) ?? throw new InvalidOperationException("could not run scripts/smtp-up");
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("scripts/smtp-up failed: " + error);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Exclusive use of the shared mailbox across test processes (test assemblies run in parallel): an IMAP reader
    /// marks every unread message it fetches as read, so two readers at once would take each other's messages.
    /// Hold the lease from sending the first message until the last read; it is an OS file lock (the file stays, unlinking it would race), released on dispose
    /// or when the process dies.
    /// </summary>
    public static async Task<IAsyncDisposable> LeaseMailboxAsync(TimeSpan? wait = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"review4u-smtp4dev-{ImapPort}.lock");
        var until = DateTime.UtcNow + (wait ?? TimeSpan.FromMinutes(5));
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Deletes every message smtp4dev holds.</summary>
    public static async Task ClearAsync()
    {
        using var http = new HttpClient();
        using var response = await http.DeleteAsync(new Uri($"http://127.0.0.1:{WebPort}/api/messages/*"));
        response.EnsureSuccessStatusCode();
    }

    private static async Task<bool> IsRunningAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{WebPort}/api/messages?pageSize=1"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "smtp-up")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("scripts/smtp-up not found above " + AppContext.BaseDirectory);
    }

    private static int Port(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var port) ? port : fallback;
}
