namespace Review4U.Workflows.Hangfire.Engine;

/// <summary>Why a waiting branch was made ready again, with what it brings (event payload, child output).</summary>
internal sealed record ResumeSignal(string Kind, object? Payload)
{
    public const string Event = "event";
    public const string Timer = "timer";
    public const string Retry = "retry";
    public const string Skip = "skip";
    public const string Deadline = "deadline";
    public const string Child = "child";

    public string ToJson() => PlainJson.Serialize(new Dictionary<string, object?> { ["kind"] = Kind, ["payload"] = Payload });

    public static ResumeSignal? FromJson(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var map = PlainJson.DeserializeMap(json);
        return new ResumeSignal(map.GetValueOrDefault("kind") as string ?? "", map.GetValueOrDefault("payload"));
    }
}
