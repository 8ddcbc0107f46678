namespace VolunteerRecords.Storage.Database;

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public static int Clamp(int pageSize) => Math.Clamp(pageSize, 1, 200);
}
