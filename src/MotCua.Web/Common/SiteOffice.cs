namespace MotCua.Web.Common;

/// <summary>
/// The office the site serves (<c>Site:Office</c>), as the national public service portal's conventions name it on every
/// page: its name in the header beside the emblem, its address, opening hours and hotline in the footer. Configured, as
/// the database records units but not where and when their desks receive the public; a part left out is not shown.
/// </summary>
public sealed class SiteOffice
{
    public const string Section = "Site:Office";

    /// <summary>The authority the site belongs to, e.g. "Ủy ban nhân dân tỉnh Đồng Nai".</summary>
    public string Name { get; init; } = string.Empty;

    public string Address { get; init; } = string.Empty;

    /// <summary>When the desks receive the public, as the office words it.</summary>
    public string Hours { get; init; } = string.Empty;

    public string Hotline { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    /// <summary>Whether the footer has any way to reach the office to show.</summary>
    public bool HasContact => Address.Length + Hours.Length + Hotline.Length + Email.Length > 0;

    /// <summary>The hotline as a tel: link dials it: its digits and a leading +, without the spaces and dots people write.</summary>
    public string HotlineLink => "tel:" + string.Concat(Hotline.Where(c => char.IsAsciiDigit(c) || c == '+'));
}

public static class SiteOfficeSetup
{
    public static IServiceCollection AddSiteOffice(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<SiteOffice>(configuration.GetSection(SiteOffice.Section));
}
