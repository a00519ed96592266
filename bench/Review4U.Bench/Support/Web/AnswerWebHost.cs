using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Review4U.Web.Infrastructure;

namespace Review4U.Bench.Support.Web;

/// <summary>
/// The real Review4U web host (the web project's own composition, <c>AddReview4UWeb</c> + <c>MapReview4UWeb</c>, and
/// its appsettings.json) on Kestrel at 127.0.0.1 on a random port, pointed at a bench database. Only what a bench must
/// not do is switched off: outbox delivery and IMAP reading (no mail servers); the engine's Hangfire server runs as configured.
/// </summary>
public sealed class AnswerWebHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private AnswerWebHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<AnswerWebHost> StartAsync(string connectionString, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Path.Combine(RepositoryPaths.Root, "src", "Review4U.Web"),
            EnvironmentName = "Production",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Review4U"] = connectionString,
            ["Workflows:Path"] = Path.Combine(RepositoryPaths.Root, "workflows"),
            ["Rounds:QuestionnairesPath"] = Path.Combine(RepositoryPaths.Root, "workflows", "questionnaires"),
            ["Email:TemplatesPath"] = RepositoryPaths.Templates,
            ["Email:Delivery:Enabled"] = "false",
            ["Email:Imap:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.AddReview4UWeb();
        var app = builder.Build();
        app.MapReview4UWeb();
        await app.StartAsync(ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new AnswerWebHost(app, new Uri(bound));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
