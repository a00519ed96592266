namespace Review4U.Domain.Views;

public sealed record AreaCount(string Area, int Organisations);
