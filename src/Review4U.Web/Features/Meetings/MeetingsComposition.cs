using Review4U.Email;
using Review4U.Meetings;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Runtime;

namespace Review4U.Web.Features.Meetings;

/// <summary>The meeting pages and feed: the email, engine and meetings modules they need, and their endpoints.</summary>
public static class MeetingsComposition
{
    /// <summary>
    /// Registers what the pages use; the meetings module binds section <c>Meetings</c> and defaults its database to
    /// <c>ConnectionStrings:Review4U</c>. Email and engine are added only when the host has not registered them.
    /// </summary>
    public static IHostApplicationBuilder AddReview4UMeetingPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString("Review4U")
            ?? throw new InvalidOperationException("ConnectionStrings:Review4U is not configured.");
        var services = builder.Services;
        services.AddAntiforgery();
        if (!services.Any(d => d.ServiceType == typeof(Email.Outbox.IOutbox)))
        {
            services.AddReview4UEmail(o =>
            {
                o.ConnectionString = connectionString;
                configuration.GetSection("Email").Bind(o);
            });
        }

        if (!services.Any(d => d.ServiceType == typeof(IWorkflowRuntime)))
        {
            services.AddReview4UWorkflowEngine(o => o.ConnectionString = connectionString);
        }

        services.AddReview4UMeetings(o =>
        {
            configuration.GetSection("Meetings").Bind(o);
            o.ConnectionString = string.IsNullOrEmpty(o.ConnectionString) ? connectionString : o.ConnectionString;
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapReview4UMeetingPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Forms are checked with IAntiforgery inside the handlers: the host runs no antiforgery middleware.
        var group = endpoints.MapGroup("/meetings").ExcludeFromDescription();
        group.MapGet("/{meetingId:guid}/agenda/{token}", MeetingEndpoints.ShowAgendaAsync);
        group.MapPost("/{meetingId:guid}/agenda/{token}", MeetingEndpoints.ProposeAsync);
        group.MapGet("/{meetingId:guid}/review/{token}", MeetingEndpoints.ShowReviewAsync);
        group.MapPost("/{meetingId:guid}/review/{token}", MeetingEndpoints.VoteAsync);
        endpoints.MapGet("/bodies/{code}/meetings.ics", MeetingEndpoints.FeedAsync).ExcludeFromDescription();
        return endpoints;
    }
}
