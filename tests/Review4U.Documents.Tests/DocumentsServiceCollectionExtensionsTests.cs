using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Review4U.Documents.Calendar;
using Review4U.Documents.Questionnaires;
using Review4U.Documents.Tests.Support;

namespace Review4U.Documents.Tests;

public class DocumentsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddReview4UDocuments_ResolvesCatalogueAndCalendarOnRegisteredClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 5, 1, 6, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddReview4UDocuments(RepositoryPaths.Questionnaires)
            .BuildServiceProvider();

        var catalog = provider.GetRequiredService<QuestionnaireCatalog>();
        var calendar = provider.GetRequiredService<MeetingCalendar>();

        Assert.Equal(4, catalog.All.Count);
        var meeting = new Meeting(Guid.NewGuid(), "NACSA-KE", "SC meeting", clock.GetUtcNow().AddDays(3), clock.GetUtcNow().AddDays(3).AddHours(1), "Africa/Nairobi", new MeetingOrganizer("sec@example.org", "Secretariat"), []);
        Assert.Contains("DTSTAMP:20270501T060000Z", calendar.CreateInvitation(meeting), StringComparison.Ordinal);
    }
}
