using Review4U.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddReview4UWeb();

var app = builder.Build();
app.MapReview4UWeb();
app.Run();

/// <summary>Exposed for WebApplicationFactory in functional tests.</summary>
public partial class Program;
