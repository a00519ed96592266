using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Review4U.Workflows.Definitions;
using Review4U.Workflows.Registry;
using Review4U.Workflows.Steps;

namespace Review4U.Workflows.Schema;

/// <summary>
/// Generates <c>workflows/schema.json</c> (JSON Schema draft 2020-12) from the step registry, so editors validate and
/// complete the same parameters the validator checks. Output is deterministic: a test compares it with the committed file.
/// </summary>
public static class WorkflowSchemaGenerator
{
    private const string Identifier = "^[A-Za-z][A-Za-z0-9_]*$";
    private const string Template = "\\{\\{|\\{%";
    // Relaxed escaping keeps regex characters such as '+' readable in the committed file; it is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Generate(StepRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var definitions = new JsonObject
        {
            ["dataType"] = new JsonObject { ["enum"] = Array(DataTypeNames.All) },
            ["template"] = new JsonObject { ["type"] = "string", ["pattern"] = Template, ["description"] = "A Liquid template rendered per execution." },
            ["duration"] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^P(?=\\d|T\\d)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$",
                ["description"] = "ISO 8601 duration without years or months, e.g. P7D, PT2H, P1DT12H.",
            },
            ["input"] = InputSchema(),
            ["trigger"] = TriggerSchema(),
            ["retry"] = RetrySchema(),
            ["steps"] = new JsonObject { ["type"] = "array", ["items"] = Ref("step") },
            ["step"] = StepSchema(registry),
        };
        foreach (var descriptor in registry.Descriptors)
        {
            definitions[$"step.{descriptor.TypeName}"] = StepTypeSchema(descriptor);
        }

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://review4u.org/schemas/workflow.schema.json",
            ["title"] = "Review4U workflow definition",
            ["description"] = "Generated from the step registry; see workflows/README.md.",
            ["type"] = "object",
            ["required"] = Array(["id", "version", "title", "steps"]),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", ["description"] = "Kebab-case id; the file is named after it." },
                ["version"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "Raise it whenever the file changes." },
                ["title"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                ["description"] = new JsonObject { ["type"] = "string" },
                ["inputs"] = new JsonObject
                {
                    ["type"] = "object",
                    ["propertyNames"] = new JsonObject { ["pattern"] = Identifier },
                    ["additionalProperties"] = new JsonObject { ["anyOf"] = new JsonArray(Ref("dataType"), Ref("input")) },
                },
                ["variables"] = new JsonObject { ["type"] = "object", ["propertyNames"] = new JsonObject { ["pattern"] = Identifier } },
                ["triggers"] = new JsonObject { ["type"] = "array", ["items"] = Ref("trigger") },
                ["steps"] = new JsonObject { ["allOf"] = new JsonArray(Ref("steps")), ["minItems"] = 1 },
            },
            ["$defs"] = definitions,
        };
        return schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject InputSchema() => new()
    {
        ["type"] = "object",
        ["required"] = Array(["type"]),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["type"] = Ref("dataType"),
            ["required"] = new JsonObject { ["type"] = "boolean" },
            ["default"] = new JsonObject(),
            ["description"] = new JsonObject { ["type"] = "string" },
        },
    };

    private static JsonObject TriggerSchema() => new()
    {
        ["type"] = "object",
        ["required"] = Array(["type"]),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["id"] = new JsonObject { ["type"] = "string" },
            ["type"] = new JsonObject { ["enum"] = Array(["manual", "cron", "event"]) },
            ["cron"] = new JsonObject { ["type"] = "string", ["description"] = "Cronos syntax: 5 fields, or 6 with seconds first." },
            ["timeZone"] = new JsonObject { ["type"] = "string", ["description"] = "IANA time zone id, e.g. Europe/Vienna; with forEachBody, defaults to each body's own zone." },
            ["forEachBody"] = new JsonObject
            {
                ["enum"] = Array(BodySelectionNames.All),
                ["description"] = "Cron only: one instance per body of this kind and occurrence; inputs may read body.id, body.code, body.name, body.kind, body.timeZone, body.facts.*.",
            },
            ["when"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "Cron only: a Liquid condition (as inside {% if %}) tested at each occurrence (now = the occurrence) and body; false starts nothing.",
            },
            ["event"] = new JsonObject { ["type"] = "string", ["description"] = "Domain event name, e.g. member.joined." },
            ["inputs"] = new JsonObject { ["type"] = "object" },
        },
        ["allOf"] = new JsonArray(
            When("type", "cron", new JsonObject
            {
                ["required"] = Array(["cron"]),
                ["anyOf"] = new JsonArray(new JsonObject { ["required"] = Array(["timeZone"]) }, new JsonObject { ["required"] = Array(["forEachBody"]) }),
            }),
            When("type", "event", new JsonObject { ["required"] = Array(["event"]), ["not"] = CronOnlyKeys() }),
            When("type", "manual", new JsonObject { ["not"] = CronOnlyKeys() })),
    };

    private static JsonObject CronOnlyKeys() => new()
    {
        ["anyOf"] = new JsonArray(new JsonObject { ["required"] = Array(["forEachBody"]) }, new JsonObject { ["required"] = Array(["when"]) }),
    };

    private static JsonObject RetrySchema() => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["attempts"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 100 },
            ["backoff"] = Ref("duration"),
            ["maxBackoff"] = Ref("duration"),
            ["multiplier"] = new JsonObject { ["type"] = "number", ["minimum"] = 1, ["maximum"] = 10 },
        },
    };

    private static JsonObject StepSchema(StepRegistry registry)
    {
        var properties = new JsonObject
        {
            ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = Identifier },
            ["type"] = new JsonObject { ["enum"] = Array(registry.Descriptors.Select(d => d.TypeName)) },
            ["with"] = new JsonObject { ["type"] = "object" },
            ["next"] = new JsonObject { ["type"] = "string", ["description"] = "A step of the same list, or 'end'." },
            ["retry"] = Ref("retry"),
            ["then"] = Ref("steps"),
            ["else"] = Ref("steps"),
            ["cases"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("steps") },
            ["default"] = Ref("steps"),
            ["do"] = Ref("steps"),
            ["branches"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("steps") },
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["required"] = Array(["id", "type"]),
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["allOf"] = new JsonArray([.. registry.Descriptors.Select(d => (JsonNode)When("type", d.TypeName, Ref($"step.{d.TypeName}")))]),
        };
    }

    private static JsonObject StepTypeSchema(StepTypeDescriptor descriptor)
    {
        var parameters = new JsonObject();
        foreach (var parameter in descriptor.Parameters)
        {
            parameters[parameter.Name] = ParameterSchema(parameter);
        }

        var with = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = parameters };
        var required = descriptor.Parameters.Where(p => p.Required).Select(p => p.Name).ToList();
        if (required.Count > 0)
        {
            with["required"] = Array(required);
        }

        var properties = new JsonObject { ["with"] = with };
        foreach (var slot in new[] { "then", "else", "cases", "default", "do", "branches" })
        {
            if (descriptor.FindSequence(slot) is null)
            {
                properties[slot] = false;
            }
        }

        var result = new JsonObject { ["description"] = descriptor.Description, ["properties"] = properties };
        var requiredKeys = descriptor.Sequences.Where(s => s.Required).Select(s => s.Name).ToList();
        if (required.Count > 0)
        {
            requiredKeys.Insert(0, "with");
        }

        if (requiredKeys.Count > 0)
        {
            result["required"] = Array(requiredKeys);
        }

        return result;
    }

    private static JsonObject ParameterSchema(ParameterDescriptor parameter)
    {
        JsonObject schema;
        if (parameter.AllowedValues.Count > 0)
        {
            schema = new JsonObject { ["enum"] = Array(parameter.AllowedValues) };
        }
        else if (parameter.Kind != ParameterKind.Value)
        {
            schema = new JsonObject { ["type"] = parameter.Kind == ParameterKind.Condition ? new JsonArray("string", "boolean") : "string" };
        }
        else
        {
            var literal = parameter.Type switch
            {
                DataType.Int => new JsonObject { ["type"] = "integer" },
                DataType.Decimal => new JsonObject { ["type"] = "number" },
                DataType.Bool => new JsonObject { ["type"] = "boolean" },
                DataType.Duration => Ref("duration"),
                DataType.List => new JsonObject { ["type"] = "array" },
                DataType.Object => new JsonObject { ["type"] = "object" },
                DataType.Any => new JsonObject(),
                _ => new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") },
            };
            schema = parameter.IsTemplate && parameter.Type is not (DataType.Any or DataType.String or DataType.Email or DataType.Date or DataType.DateTime)
                ? new JsonObject { ["anyOf"] = new JsonArray(literal, Ref("template")) }
                : literal;
        }

        var kind = parameter.Kind switch
        {
            ParameterKind.Condition => " (a Liquid condition)",
            ParameterKind.Expression => " (a Liquid expression)",
            _ => "",
        };
        schema["description"] = parameter.Description + kind;
        if (parameter.DefaultValue is { } value)
        {
            schema["default"] = JsonSerializer.SerializeToNode(value, value.GetType());
        }

        return schema;
    }

    private static JsonObject When(string property, string value, JsonNode then) => new()
    {
        ["if"] = new JsonObject
        {
            ["properties"] = new JsonObject { [property] = new JsonObject { ["const"] = value } },
            ["required"] = Array([property]),
        },
        ["then"] = then,
    };

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/$defs/{name}" };

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode)JsonValue.Create(value)!)]);
}
