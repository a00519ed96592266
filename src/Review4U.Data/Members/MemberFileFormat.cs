namespace Review4U.Data.Members;

public enum MemberFileFormat
{
    Csv = 1,
    Yaml = 2,
}
