using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Review4U.Documents.Calendar;
using Review4U.Documents.Questionnaires;

namespace Review4U.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the questionnaire catalogue of <paramref name="questionnairesDirectory"/> and the meeting
    /// calendar (on the registered <see cref="TimeProvider"/>, the system clock unless one is registered).
    /// Submission documents are written by the static <c>SubmissionDocumentWriter</c>: they need no services.
    /// </summary>
    public static IServiceCollection AddReview4UDocuments(this IServiceCollection services, string questionnairesDirectory = "workflows/questionnaires")
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new QuestionnaireCatalog(questionnairesDirectory));
        services.TryAddSingleton<MeetingCalendar>();
        return services;
    }
}
