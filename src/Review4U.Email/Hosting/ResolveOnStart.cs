using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Review4U.Email.Hosting;

/// <summary>
/// Resolves <typeparamref name="TService"/> when the host starts, for singletons that load and validate files when made
/// (email templates, questionnaires): a broken file stops the start with every error, and the first request or
/// step that needs the service does not pay for loading it. Register with <c>AddHostedService&lt;ResolveOnStart&lt;T&gt;&gt;()</c>.
/// </summary>
public sealed class ResolveOnStart<TService>(IServiceProvider services) : IHostedService
    where TService : notnull
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TService>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
