using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Review4U.TestKit.Web;

namespace Review4U.FollowUp.Tests.Support;

/// <summary>The product's web host (WebApplicationFactory&lt;Program&gt;) on a follow-up world's database, SMTP server and clock.</summary>
public static class FollowUpWebHost
{
    public static WebApplicationFactory<Program> For(FollowUpWorld world) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in WebHostTestSettings.For(world.Database.ConnectionString, world.Smtp.Port, RepositoryPaths.Of("workflows"), "followup-tests-unsubscribe-secret-0123456789"))
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(world.Clock));
        });
}
