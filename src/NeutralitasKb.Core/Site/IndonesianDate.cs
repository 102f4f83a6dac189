namespace NeutralitasKb.Site;

/// <summary>Dates as Indonesian readers write them ("27 November 2024"), without culture data (the build is culture-invariant).</summary>
public static class IndonesianDate
{
    private static readonly string[] Months =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    public static string Format(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string Format(DateTimeOffset time) => $"{Format(DateOnly.FromDateTime(time.DateTime))} pukul {time:HH.mm}";
}
