namespace MotCua.Domain.Organization;

public enum UnitKind
{
    /// <summary>UBND tỉnh / thành phố trực thuộc trung ương.</summary>
    Province,

    /// <summary>Sở, ban, ngành cấp tỉnh.</summary>
    Department,

    /// <summary>Trung tâm Phục vụ hành chính công.</summary>
    ServiceCentre,

    /// <summary>UBND huyện / thị xã / thành phố thuộc tỉnh (cấp huyện, đến 30/6/2025).</summary>
    District,

    /// <summary>Phòng chuyên môn, chi nhánh, chi cục.</summary>
    Division,

    /// <summary>Bộ phận Một cửa.</summary>
    OneStopDesk,

    /// <summary>UBND xã / phường / thị trấn / đặc khu.</summary>
    Commune,
}
