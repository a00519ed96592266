using Fluid;
using Fluid.Ast;

namespace Review4U.Workflows.Expressions;

/// <summary>Collects the variable paths a parsed template reads, leaving out names the template assigns itself.</summary>
internal sealed class ReferenceCollector : AstVisitor
{
    private readonly List<IReadOnlyList<string>> references = [];
    private readonly List<string> filters = [];
    private readonly HashSet<string> ownNames = new(StringComparer.Ordinal) { "forloop", "empty", "blank", "nil", "null", "true", "false" };

    /// <summary>The variable paths read (minus names the template assigns) and the filter names used.</summary>
    public static (IReadOnlyList<IReadOnlyList<string>> References, IReadOnlyList<string> Filters) Collect(IFluidTemplate template)
    {
        var collector = new ReferenceCollector();
        collector.VisitTemplate(template);
        return ([.. collector.references.Where(path => !collector.ownNames.Contains(path[0]))], collector.filters);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        filters.Add(filterExpression.Name);
        return base.VisitFilterExpression(filterExpression);
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        ownNames.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        ownNames.Add(forStatement.Identifier);
        return base.VisitForStatement(forStatement);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        ownNames.Add(captureStatement.Identifier);
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var path = new List<string>();
        foreach (var segment in memberExpression.Segments)
        {
            if (segment is not IdentifierSegment identifier)
            {
                break;
            }

            path.Add(identifier.Identifier);
        }

        if (path.Count > 0)
        {
            references.Add(path);
        }

        return base.VisitMemberExpression(memberExpression);
    }
}
