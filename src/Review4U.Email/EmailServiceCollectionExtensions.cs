using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Review4U.Email.Bounces;
using Review4U.Email.Coordinators;
using Review4U.Email.Hosting;
using Review4U.Email.Inbound;
using Review4U.Email.MagicLinks;
using Review4U.Email.Options;
using Review4U.Email.Outbox;
using Review4U.Email.Sending;
using Review4U.Email.Templates;
using Review4U.Email.Unsubscribe;

namespace Review4U.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Outbox, dispatcher, templates (validated when first resolved; <see cref="ResolveOnStart{TService}"/> resolves
    /// them at start-up), magic links, unsubscribe, and the IMAP reply reader (hosted when <c>Imap.Enabled</c>).
    /// An <see cref="ICoordinatorResolver"/> or <see cref="IReplyHandler"/> registered before this call replaces the default.
    /// </summary>
    public static IServiceCollection AddReview4UEmail(this IServiceCollection services, Action<EmailOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EmailOptions>().Configure(configure).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => EmailTemplates.Load(sp.GetRequiredService<IOptions<EmailOptions>>().Value.TemplatesPath));
        services.TryAddSingleton<ICoordinatorResolver, ConfiguredCoordinatorResolver>();
        services.TryAddSingleton<IReplyHandler, RecordingReplyHandler>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddSingleton<UnsubscribeService>();
        services.AddSingleton<IOutbox, PostgresOutbox>();
        services.AddSingleton<SmtpConnectionPool>();
        services.AddSingleton<BounceRecorder>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IMagicLinkService, MagicLinkService>();
        services.AddSingleton<ReplyMatcher>();
        services.AddSingleton<ReplyHandlers>();
        services.AddSingleton<InboundMailProcessor>();
        services.AddSingleton<ImapReplyReader>();
        services.AddHostedService<ResolveOnStart<EmailTemplates>>();
        services.AddHostedService<ImapReplyWatcher>();
        return services;
    }

    /// <summary>
    /// Replies to emails of these categories go to <typeparamref name="THandler"/> (a module's agenda items, status
    /// updates, …); replies to any other category go to the default <see cref="IReplyHandler"/>.
    /// </summary>
    public static IServiceCollection AddReview4UReplyHandler<THandler>(this IServiceCollection services, params string[] categories)
        where THandler : class, IReplyHandler
    {
        ArgumentNullException.ThrowIfNull(categories);
        services.TryAddSingleton<THandler>();
        foreach (var category in categories)
        {
            services.AddSingleton(new ReplyRoute(category, typeof(THandler)));
        }

        return services;
    }
}
