using Microsoft.AspNetCore.Components;
using QRCoder;

namespace MotCua.Web.Documents;

/// <summary>QR codes as inline SVG: vector in the PDF (sharp at any print resolution), no image files.</summary>
public static class QrCode
{
    /// <summary>
    /// Error correction M (15 %) survives a crease or a stamp over a corner while keeping the modules
    /// large enough for a phone camera at about 25 mm.
    /// </summary>
    public static MarkupString Svg(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        // A viewBox without width/height: the stylesheet decides the printed size.
        var svg = new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return new MarkupString(svg);
    }
}
