using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Review4U.Rounds.Questionnaires;

namespace Review4U.Rounds.Tests.Questionnaires;

/// <summary>The catalog is read when the host starts (fail fast), not inside a round's first launch.</summary>
public sealed class FolderQuestionnaireCatalogTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "r4u-questionnaires-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_FailsTheHostsStart_WhenTheQuestionnairesFolderIsMissing()
    {
        await using var services = Compose();

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => StartAllAsync(services));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_LoadsTheCatalog_SoALaterLaunchDoesNotReadTheFolder()
    {
        Directory.CreateDirectory(folder);
        var shipped = Path.Combine(AppContext.BaseDirectory, "Support", "questionnaires");
        foreach (var file in Directory.GetFiles(shipped))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        await using var services = Compose();
        await StartAllAsync(services);
        Directory.Delete(folder, recursive: true);

        Assert.NotNull(services.GetRequiredService<IQuestionnaireCatalog>().Find("untoc-sample"));
    }

    private ServiceProvider Compose()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReview4URounds(o => o.QuestionnairesPath = folder);
        return services.BuildServiceProvider();
    }

    private static async Task StartAllAsync(IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }
}
