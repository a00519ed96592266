using Fluid;
using Fluid.Values;

namespace Review4U.Workflows.Expressions;

/// <summary>
/// Filters for deadlines: <c>add_days: n</c> and <c>add_hours: n</c> (n may be negative or fractional) give a date
/// value; <c>days_until</c> gives the whole calendar days from <c>now</c> to the date, counted in UTC or in the IANA
/// zone given as argument (negative once past). Inputs are date values or ISO 8601 text.
/// </summary>
internal static class DateFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("add_days", (input, arguments, _) => Add(input, arguments, "add_days", TimeSpan.FromDays));
        filters.AddFilter("add_hours", (input, arguments, _) => Add(input, arguments, "add_hours", TimeSpan.FromHours));
        filters.AddFilter("days_until", DaysUntil);
    }

    private static ValueTask<FluidValue> Add(FluidValue input, FilterArguments arguments, string name, Func<double, TimeSpan> unit)
    {
        var instant = Instants.Read(input, name);
        if (arguments.Count != 1 || arguments.At(0) is not NumberValue amount)
        {
            throw new ExpressionException($"filter '{name}' needs one number, e.g. '{name}: -7'");
        }

        return new DateTimeValue(instant + unit((double)amount.ToNumberValue()));
    }

    private static ValueTask<FluidValue> DaysUntil(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var instant = Instants.Read(input, "days_until");
        var zone = TimeZoneInfo.Utc;
        if (arguments.Count > 0)
        {
            var zoneId = arguments.At(0).ToStringValue();
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found))
            {
                throw new ExpressionException($"filter 'days_until' was given the unknown time zone '{zoneId}'; use an IANA id such as Africa/Nairobi");
            }

            zone = found;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now(), zone).DateTime);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return NumberValue.Create(day.DayNumber - today.DayNumber);
    }
}
