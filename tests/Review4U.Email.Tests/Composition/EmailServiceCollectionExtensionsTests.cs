using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Review4U.Email.Inbound;
using Review4U.Email.MagicLinks;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Templates;
using Review4U.Email.Tests.Infrastructure;

namespace Review4U.Email.Tests.Composition;

public sealed class EmailServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddReview4UEmail_StartsTheHost_WhenTheTemplatesAreValid()
    {
        using var host = Host(RepositoryPaths.Templates);

        await host.StartAsync();

        Assert.NotNull(host.Services.GetRequiredService<IOutbox>());
        Assert.NotNull(host.Services.GetRequiredService<OutboxDispatcher>());
        Assert.NotNull(host.Services.GetRequiredService<IMagicLinkService>());
        Assert.NotNull(host.Services.GetRequiredService<ImapReplyReader>());
        await host.StopAsync();
    }

    [Fact]
    public async Task AddReview4UEmail_RefusesToStartWithFileAndLine_WhenATemplateIsInvalid()
    {
        var folder = Path.Combine(Path.GetTempPath(), "r4u-bad-templates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "task-invitation"));
        await File.WriteAllTextAsync(Path.Combine(folder, "task-invitation", "en.subject.liquid"), "Hello\n{{ recipient }}\n");
        try
        {
            using var host = Host(folder);

            var error = await Assert.ThrowsAsync<TemplateValidationException>(() => host.StartAsync());

            Assert.Contains(Path.Combine(folder, "task-invitation", "en.subject.liquid") + ":2:4: unknown variable 'recipient'",
                error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AddReview4UEmail_RefusesToStartNamingEachSetting_WhenTheConfigurationIsInvalid()
    {
        using var host = Host(RepositoryPaths.Templates, o =>
        {
            o.Smtp.BatchSize = 0;
            o.ReplyAddress = "reply+x@example.org";
        });

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Email:Smtp:BatchSize 0 must be at least 1", error.Failures);
        Assert.Contains(error.Failures, f => f.StartsWith("Email:ReplyAddress 'reply+x@example.org'", StringComparison.Ordinal));
    }

    private static IHost Host(string templates, Action<Options.EmailOptions>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddReview4UEmail(o =>
        {
            o.ConnectionString = "Host=127.0.0.1;Port=1;Database=unused";
            o.TemplatesPath = templates;
            configure?.Invoke(o);
        });
        return builder.Build();
    }
}
