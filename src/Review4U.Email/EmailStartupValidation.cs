using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Review4U.Email.Templates;

namespace Review4U.Email;

/// <summary>Fails the host's start when the email templates are invalid (every error as file:line:column).</summary>
internal sealed class EmailStartupValidation(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<EmailTemplates>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
