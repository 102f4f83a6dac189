using System.Globalization;

namespace NeutralitasKb.Site;

/// <summary>WCAG 2 contrast ratio, used to warn an OPD that picks a brand colour too light for text.</summary>
public static class Contrast
{
    public static double RatioOnWhite(string hex)
    {
        var l = Luminance(hex);
        return 1.05 / (l + 0.05);
    }

    public static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
