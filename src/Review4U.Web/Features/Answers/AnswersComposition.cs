using Review4U.Email;
using Review4U.Rounds;
using Review4U.Workflows.Hangfire;
using Review4U.Workflows.Runtime;

namespace Review4U.Web.Features.Answers;

/// <summary>The member answer pages: the email, engine and rounds modules they need, and their endpoints.</summary>
public static class AnswersComposition
{
    /// <summary>
    /// Registers what the pages use. The email module binds section <c>Email</c>, the rounds module section
    /// <c>Rounds</c>; both default their database to <c>ConnectionStrings:Review4U</c>. The engine is added without
    /// a Hangfire server (the pages only publish events) unless the host registered it already.
    /// </summary>
    public static IHostApplicationBuilder AddReview4UAnswers(this IHostApplicationBuilder builder)
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

        services.AddReview4URounds(o =>
        {
            o.ConnectionString = connectionString;
            configuration.GetSection("Rounds").Bind(o);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapReview4UAnswers(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Forms are checked with IAntiforgery inside the handlers: the host runs no antiforgery middleware.
        var group = endpoints.MapGroup("/answers").ExcludeFromDescription();
        group.MapGet("/{roundId:guid}/{token}", AnswerEndpoints.ShowAsync);
        group.MapPost("/{roundId:guid}/{token}", AnswerEndpoints.SaveAsync);
        group.MapPost("/{roundId:guid}/{token}/attach", AnswerEndpoints.AttachAsync);
        group.MapPost("/{roundId:guid}/{token}/decline", AnswerEndpoints.DeclineAsync);
        group.MapPost("/{roundId:guid}/{token}/forward", AnswerEndpoints.ForwardAsync);
        group.MapPost("/{roundId:guid}/{token}/fresh-link", AnswerEndpoints.FreshLinkAsync);
        group.MapGet("/acknowledge/{token}", AnswerEndpoints.ShowAcknowledge);
        group.MapPost("/acknowledge/{token}", AnswerEndpoints.AcknowledgeAsync);
        return endpoints;
    }
}
