namespace Review4U.Web.Features.Review;

/// <summary>The reviewers' pages; their services come with the rounds module (<c>AddReview4UAnswers</c> adds it).</summary>
public static class ReviewComposition
{
    public static IEndpointRouteBuilder MapReview4UReview(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Forms are checked with IAntiforgery inside the handlers, as on the answer pages.
        var group = endpoints.MapGroup("/review").ExcludeFromDescription();
        group.MapGet("/{roundId:guid}/{token}", ReviewEndpoints.ShowAsync);
        group.MapGet("/{roundId:guid}/{token}/draft", ReviewEndpoints.DraftAsync);
        group.MapPost("/{roundId:guid}/{token}/comment", ReviewEndpoints.CommentAsync);
        group.MapPost("/{roundId:guid}/{token}/edit", ReviewEndpoints.ProposeEditAsync);
        group.MapPost("/{roundId:guid}/{token}/decide", ReviewEndpoints.DecideAsync);
        group.MapPost("/{roundId:guid}/{token}/fresh-link", ReviewEndpoints.FreshLinkAsync);
        return endpoints;
    }
}
