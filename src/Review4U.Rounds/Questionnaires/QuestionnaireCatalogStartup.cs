using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Review4U.Rounds.Questionnaires;

/// <summary>
/// Loads the questionnaire catalog when the host starts: a broken or missing file stops the start with every error,
/// and the first launch or fan-out does not pay for reading and validating the folder.
/// </summary>
internal sealed class QuestionnaireCatalogStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IQuestionnaireCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
