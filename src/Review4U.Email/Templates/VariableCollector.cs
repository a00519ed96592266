using Fluid;
using Fluid.Ast;

namespace Review4U.Email.Templates;

/// <summary>Walks a parsed template and lists the variable paths and filters it uses, and the names it defines.</summary>
internal sealed class VariableCollector : AstVisitor
{
    public List<IReadOnlyList<string>> Paths { get; } = [];
    public HashSet<string> Filters { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Locals { get; } = new(StringComparer.Ordinal) { "forloop" };

    public static VariableCollector Collect(IFluidTemplate template)
    {
        var collector = new VariableCollector();
        collector.VisitTemplate(template);
        return collector;
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var path = memberExpression.Segments.TakeWhile(s => s is IdentifierSegment).Cast<IdentifierSegment>()
            .Select(s => s.Identifier).ToList();
        if (path.Count > 0)
        {
            Paths.Add(path);
        }

        return base.VisitMemberExpression(memberExpression);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        Filters.Add(filterExpression.Name);
        return base.VisitFilterExpression(filterExpression);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        Locals.Add(forStatement.Identifier);
        return base.VisitForStatement(forStatement);
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        Locals.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }
}
