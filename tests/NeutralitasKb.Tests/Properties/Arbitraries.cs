using FsCheck;
using FsCheck.Fluent;

namespace NeutralitasKb.Tests.Properties;

/// <summary>FsCheck picks these up through <c>[Property(Arbitrary = [typeof(Arbitraries)])]</c>.</summary>
public static class Arbitraries
{
    public static Arbitrary<PageText> PageText() => Arb.From(PageTextGenerators.Page);
}
